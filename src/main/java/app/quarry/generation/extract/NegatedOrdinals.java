package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * "It is not the first time", "not for the first time": an ordinal after a negation says
 * the thing has happened before, ranking nothing a reader could be asked; the blank would
 * take only the one word the negation calls for.
 */
final class NegatedOrdinals {

	/**
	 * "not the ", "not for the ", "isn't the ", "never the ": a negation right before.
	 */
	private static final Pattern NEGATED = Pattern
		.compile("(?:\\bnot|n['’]t|\\bnever)\\s+(?:(?:for|by|even)\\s+)?(?:the|a|an)\\s+$");

	private NegatedOrdinals() {
	}

	/** Whether the (lower-case) words before an ordinal negate it. */
	static boolean negated(String lowerBefore) {
		return NEGATED.matcher(lowerBefore).find();
	}

}
