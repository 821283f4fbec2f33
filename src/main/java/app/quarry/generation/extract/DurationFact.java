package app.quarry.generation.extract;

/** A length of time; {@code value} is an ISO 8601 duration ("24 days" is P24D). */
public record DurationFact(String text, int start, int end, String value) implements Fact {

	@Override
	public String type() {
		return "duration";
	}

}
