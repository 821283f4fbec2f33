package app.quarry.generation.extract;

/**
 * A date or date range. {@code value} is ISO 8601 ({@code 2018-04-01}, {@code 2018-04},
 * {@code 2018}, or a range {@code 2019-02-27/2019-02-28}), or null when the expression
 * cannot be placed on the calendar; {@code relative} is true for expressions such as
 * "yesterday".
 */
public record DateFact(String text, int start, int end, String value, boolean relative) implements Fact {

	@Override
	public String type() {
		return "date";
	}

}
