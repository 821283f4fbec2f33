package app.quarry.generation;

import java.util.regex.Pattern;

/**
 * "to cut 6,000 jobs by year end", "shares have risen since year-end", "debt stood at $4
 * million at year-end", "before a year-end target": a report's year end after a
 * preposition or before a deadline is a point in time, which says when or by when
 * something happened, unlike "to end the year at 9505" that names no time of its own.
 */
final class YearEnds {

	/** "year end", "year-end", "the year's end". */
	private static final Pattern YEAR_END = Pattern.compile("(?i)year[-\\s]end|(?:the\\s+)?year['’]s\\s+end");

	/** A preposition of time right before the date. */
	private static final Pattern PREPOSITION = Pattern
		.compile("(?i)\\b(?:by|since|at|until|till|before|after|around|near|through)\\s+$");

	private YearEnds() {
	}

	/** "a year-end deadline", "its year-end target": a day set for something. */
	private static final Pattern DEADLINE_AFTER = Pattern
		.compile("(?i)\\s+(?:deadlines?|targets?|goals?|cut-?offs?|time\\s+limits?)\\b");

	static boolean isAPoint(String sentence, int from, String text) {
		return YEAR_END.matcher(text).matches() && (PREPOSITION.matcher(sentence.substring(0, from)).find()
				|| DEADLINE_AFTER.matcher(sentence).region(from + text.length(), sentence.length()).lookingAt());
	}

}
