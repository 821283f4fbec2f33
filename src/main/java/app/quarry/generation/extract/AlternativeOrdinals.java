package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * "the third or fourth week": two ordinals joined by "or" give a rough time, the first of
 * them stands for the pair; the one after "or" is only the upper guess, and asking it
 * would leave the lower in the sentence as a clue to a different answer.
 */
final class AlternativeOrdinals {

	/** An ordinal, then "or", right before the ordinal read. */
	private static final Pattern ORDINAL_OR_BEFORE = Pattern
		.compile("(?i)\\b(?:" + NumberWords.ORDINAL_REGEX + "|\\d{1,4}(?:st|nd|rd|th))\\s+or\\s+$");

	private AlternativeOrdinals() {
	}

	/** Whether the ordinal after these words is the second of an "or" pair. */
	static boolean upperGuess(String before) {
		return ORDINAL_OR_BEFORE.matcher(before).find();
	}

}
