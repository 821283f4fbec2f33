package app.quarry.generation.extract;

/**
 * A time the text places only as past, present or future ("recently", "now", "the
 * future"): no calendar value, yet a time a reader would mark. {@code value} is TimeML's
 * {@code PAST_REF}, {@code PRESENT_REF} or {@code FUTURE_REF}.
 */
public record TimeReferenceFact(String text, int start, int end, String value) implements Fact {

	@Override
	public String type() {
		return "time-reference";
	}

}
