package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * A number that ends a range of measures or money ("1.5 to 2 years", "US$300 to 350
 * million") takes the range's kind, not a count's.
 */
final class RangesOfAmounts {

	/** "1.5 to": the lower end of a range of measures. */
	private static final Pattern DECIMAL_BEFORE = Pattern.compile("\\d\\.\\d+\\s*(?:to|[-–])\\s*$");

	/** "US$300 to": the lower end of a range of money. */
	private static final Pattern MONEY_BEFORE = Pattern
		.compile("[$€£#]\\s?\\d[\\d,.]*(?:\\s+(?:million|billion|trillion|thousand))?\\s*(?:to|and|or|[-–])\\s*$");

	/**
	 * " and 3.4 million", " to five billion": the upper end of a range whose scale the
	 * lower end leaves out.
	 */
	private static final Pattern SCALED_END_AFTER = Pattern.compile("(?i)\\s*(?:to|and|or|[-–])\\s*"
			+ "(?:\\d[\\d,]*(?:\\.\\d+)?|[a-z]+(?:-[a-z]+)?)\\s+(?:million|billion|trillion)\\b");

	/**
	 * "between 3.3 and ", "2 to ", "2-": the lower end of a range before a scaled number,
	 * which leaves its own scale out; "from 2 to" tells a change, not a range.
	 */
	private static final Pattern UNSCALED_START_BEFORE = Pattern.compile(
			"(?i)(?:\\bbetween\\s+\\d[\\d,]*(?:\\.\\d+)?\\s+and|(?<!\\bfrom\\s)\\b\\d[\\d,]*(?:\\.\\d+)?\\s*(?:to|[-–]))\\s*$");

	private RangesOfAmounts() {
	}

	/**
	 * Whether a scaled number ends a range whose lower end leaves the scale out: "between
	 * 2.1 and 3.8 million people" is asked by its lower end, so the upper one is not a
	 * count of its own.
	 */
	static boolean endsScaledOne(String before) {
		return UNSCALED_START_BEFORE.matcher(before).find();
	}

	/**
	 * Whether an unscaled number opens a range that ends in a scaled one: "between 2 and
	 * 3 million people" counts two million at least, never two people.
	 */
	static boolean opensScaledOne(String clean, int end) {
		return SCALED_END_AFTER.matcher(clean).region(end, clean.length()).lookingAt();
	}

	/** Whether the words before a number open a range of measures or money. */
	static boolean endsOne(String before) {
		return endsWithRangeWord(before)
				&& (DECIMAL_BEFORE.matcher(before).find() || MONEY_BEFORE.matcher(before).find());
	}

	/**
	 * Whether the words before a number end with "to", "and", "or" or a dash (blanks and
	 * a line's end aside), as the lower end of a range does.
	 */
	private static boolean endsWithRangeWord(String before) {
		int end = before.length();
		while (end > 0 && (Character.isWhitespace(before.charAt(end - 1)) || before.charAt(end - 1) == '\u0085')) {
			end--;
		}
		String trimmed = before.substring(0, end);
		return trimmed.endsWith("to") || trimmed.endsWith("and") || trimmed.endsWith("or") || trimmed.endsWith("-")
				|| trimmed.endsWith("–");
	}

}
