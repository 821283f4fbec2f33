package app.quarry.generation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The value a year takes when its words name its start or its end: "since the start of
 * 2009" is since January 1, 2009; "by the end of 2015" sets a deadline, the year's last
 * day; "at the end of last year" is that year's December. A year written out with a vague
 * edge ("at the end of 2004", "before the end of 2005", "at the start of 2007") keeps the
 * year, as "late 2004" and "early 2004" do: the text names no month, and a reader asked
 * "In what year ...?" knows the answer from it.
 */
final class YearEdges {

	private static final Pattern START_OF = Pattern.compile("(?:the\\s+)?(?:start|beginning)\\s+of\\b.*");

	private static final Pattern END_OF = Pattern.compile("(?:the\\s+)?end\\s+of\\b.*");

	/** A year written with its digits: "the end of 2004", not "the end of last year". */
	private static final Pattern WRITTEN_YEAR = Pattern.compile(".*\\b\\d{4}\\b.*");

	private YearEdges() {
	}

	/**
	 * The value of a year whose words are {@code text}, after the words {@code before};
	 * other values are kept.
	 */
	static String bounded(String text, String value, String before) {
		if (value == null || value.length() != 4) {
			return value;
		}
		String t = text.toLowerCase(Locale.ROOT);
		String b = before.toLowerCase(Locale.ROOT);
		boolean written = WRITTEN_YEAR.matcher(t).matches();
		if (END_OF.matcher(t).matches()) {
			// "by the end of the year" sets a deadline: its last day
			if (b.endsWith("by ")) {
				return value + "-12-31";
			}
			return written ? value : value + "-12";
		}
		if (START_OF.matcher(t).matches()) {
			// "since the start of 2009": a span counted from the year's first day
			if (b.endsWith("since ")) {
				return value + "-01-01";
			}
			return written ? value : value + "-01";
		}
		return value;
	}

}
