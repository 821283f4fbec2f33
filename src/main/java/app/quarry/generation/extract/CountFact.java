package app.quarry.generation.extract;

/**
 * A count or ordinal with what it counts: "27 letters" (27, not ordinal, unit "letter"),
 * "his third visit" (3, ordinal, unit "visit"). {@code unit} is the singular noun
 * counted.
 */
public record CountFact(String text, int start, int end, long value, boolean ordinal, String unit) implements Fact {

	@Override
	public String type() {
		return "count";
	}

	/** Whether it counts days, years and other units of time: a duration or an age. */
	public boolean countsTime() {
		return this.unit != null && Nouns.TIME_UNITS.contains(this.unit);
	}

}
