package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * "Not one vote was cast", "we have not lost one sheep, of one flock, of one valley,
 * since": "one" after a negation says none, and each "one" of a run repeating it ("of one
 * flock, of one valley") says it again for emphasis. Neither counts anything a quiz could
 * ask.
 */
final class NegatedOnes {

	/**
	 * A negation, at most two words ("has been", "even") between it and "one", then any
	 * run of "one ..." repeating it, up to the "one" read.
	 */
	private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\bnot|n['’]t|\\bnever|\\bnor|\\bwithout)\\s+"
			+ "(?:[a-z]+\\s+){0,2}(?:one\\s+[a-z]+,?\\s+(?:(?:of|or|nor|and|not\\s+even)\\s+)?){0,5}$");

	private static final int WINDOW = 160;

	private NegatedOnes() {
	}

	/**
	 * Whether the "one" at {@code start} is said after a negation, or repeats one that
	 * is.
	 */
	static boolean negated(String clean, int start) {
		return NEGATED.matcher(clean.substring(Math.max(0, start - WINDOW), start)).find();
	}

}
