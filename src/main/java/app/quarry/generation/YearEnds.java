package app.quarry.generation;

import java.util.regex.Pattern;

/**
 * "to cut 6,000 jobs by year end": a report's year end after "by" is a deadline, which
 * says by when something is to be done, unlike "to end the year at 9505" that names no
 * time of its own.
 */
final class YearEnds {

	/** "year end", "year-end", "the year's end". */
	private static final Pattern YEAR_END = Pattern.compile("(?i)year[-\\s]end|(?:the\\s+)?year['’]s\\s+end");

	/** "by" right before the date. */
	private static final Pattern BY = Pattern.compile("(?i)\\bby\\s+$");

	private YearEnds() {
	}

	static boolean isDeadline(String sentence, int from, String text) {
		return YEAR_END.matcher(text).matches() && BY.matcher(sentence.substring(0, from)).find();
	}

}
