package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * What a report compares its figures with: "up 8% from a year ago", "40% in the latest
 * nine months, compared with 35% a year earlier". The period a year back is the report's
 * own period a year back, which a month cannot name and a quarter named sentences before
 * need not be.
 */
final class ComparedPeriods {

	/**
	 * The words that make a date the baseline of a comparison: "from", "than", "with".
	 */
	private static final Pattern BASELINE = Pattern.compile("(?i)\\b(?:from|than|with|against|versus|vs\\.)\\s+$");

	/**
	 * A period of its own a sentence speaks of before the date: "the nine months", "the
	 * first half", "the year to date". A year back from it is not a quarter named before.
	 */
	private static final Pattern OWN_SPAN = Pattern.compile(
			"(?i)\\b(?:(?:six|nine|twelve|\\d{1,2})[\\s-]+months?|(?:first|second)\\s+half|year\\s+to\\s+date|full\\s+year)\\b");

	private ComparedPeriods() {
	}

	/** Whether the words just before a date compare a figure with it. */
	static boolean isBaseline(String clean, int at) {
		return BASELINE.matcher(clean.substring(Math.max(0, at - 12), at)).find();
	}

	/**
	 * Whether the sentence, up to a date, speaks of a span of its own that is no quarter.
	 */
	static boolean namesItsOwnSpan(DateRun run, int sentence, int at) {
		int from = sentence < run.doc.sentences().size() ? run.doc.sentences().get(sentence).start() : 0;
		return from < at && OWN_SPAN.matcher(run.doc.cleanText().substring(from, at)).find();
	}

}
