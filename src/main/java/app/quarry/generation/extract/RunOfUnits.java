package app.quarry.generation.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A count of units of time told as a run or a span of a calendar's working days: "six
 * straight days of losses", "the past five trading days", "two consecutive quarters of
 * negative growth". The words between the number and its unit say what kind of days the
 * run counts; they leave it a count of days, weeks or quarters, as "six days" is.
 */
final class RunOfUnits {

	/** Words that tell a run of units, or which days of the calendar it counts. */
	private static final Set<String> RUN_WORDS = Set.of("straight", "consecutive", "successive", "trading", "business",
			"working");

	/**
	 * "two consecutive quarters": a run of quarters, never a share ("three quarters of").
	 */
	private static final Pattern RUN_OF_QUARTERS = Pattern
		.compile("\\s+(?:straight|consecutive|successive)\\s+quarters\\b");

	private RunOfUnits() {
	}

	/** Whether every word before the unit tells a run: "straight", "trading". */
	static boolean onlyRunWords(List<String> words) {
		return !words.isEmpty() && words.stream().allMatch(w -> RUN_WORDS.contains(CountWords.clip(w)));
	}

	/**
	 * Whether a cardinal counts the quarters of a run ("two consecutive quarters"): a
	 * count even inside the duration it makes, where "the third quarter" is a date.
	 */
	static boolean countsQuarters(String clean, int end, CountCandidate c) {
		return !c.ordinal && "quarter".equals(c.unit)
				&& RUN_OF_QUARTERS.matcher(clean).region(end, clean.length()).lookingAt();
	}

}
