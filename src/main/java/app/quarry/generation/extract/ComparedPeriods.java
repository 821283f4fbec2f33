package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * What a report compares its figures with: "up 8% from a year ago", "higher than a year
 * ago". The period a year back is the report's own period a year back, which a month
 * cannot name: its year is what the comparison dates.
 */
final class ComparedPeriods {

	/**
	 * The words that make a date the baseline of a comparison: "from", "than", "with".
	 */
	private static final Pattern BASELINE = Pattern.compile("(?i)\\b(?:from|than|with|against|versus|vs\\.)\\s+$");

	private ComparedPeriods() {
	}

	/** Whether the words just before a date compare a figure with it. */
	static boolean isBaseline(String clean, int at) {
		return BASELINE.matcher(clean.substring(Math.max(0, at - 12), at)).find();
	}

}
