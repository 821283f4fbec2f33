package app.quarry.generation.extract;

/**
 * A time that recurs: "every year", "each Thursday", "daily". {@code value} is TimeML's:
 * the period between occurrences as an ISO 8601 duration ({@code P1Y}, {@code P1D}) or
 * the occurrence with its unknown parts as X ({@code XXXX-WXX-4} for every Thursday,
 * {@code XXXX-07} for each July).
 */
public record SetFact(String text, int start, int end, String value) implements Fact {

	@Override
	public String type() {
		return "set";
	}

}
