package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * "Support fell from the year before", "higher than the year before": a figure compared
 * with "the year before" when no year has just been told of is compared with the year
 * before the report's own, as "up from a year earlier" is.
 */
final class ComparedYears {

	/** The words that compare a figure with the period after them. */
	private static final Pattern COMPARING = Pattern.compile("\\b(?:from|than|over|on|with|against|since)\\s+$");

	private ComparedYears() {
	}

	/**
	 * Whether the words just before {@code start} compare a figure with the period there.
	 */
	static boolean comparedWith(String text, int start) {
		return COMPARING.matcher(text.substring(Math.max(0, start - 12), start)).find();
	}

}
