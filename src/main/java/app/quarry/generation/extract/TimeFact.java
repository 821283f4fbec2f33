package app.quarry.generation.extract;

/** A date with a time of day; {@code value} is ISO 8601 local date-time, or null. */
public record TimeFact(String text, int start, int end, String value) implements Fact {

	@Override
	public String type() {
		return "time";
	}

}
