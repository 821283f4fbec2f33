package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * "four times as many", "three times faster than", "twice the size" are a ratio between
 * two amounts, not a count of occasions as "won the title three times" is: the number
 * says how many times bigger, and the amounts it compares are the facts.
 */
final class Multipliers {

	/**
	 * After "times": "as many", "as large as", "more", "faster than", "the size of",
	 * "over".
	 */
	private static final Pattern COMPARISON_AFTER = Pattern.compile("\\s+times\\s+(?:as\\s+(?:many|much)\\b"
			+ "|as\\s+\\p{Ll}+\\s+as\\b|(?:more|less|fewer|faster|slower|bigger|larger|higher|lower|greater|smaller"
			+ "|cheaper|dearer|longer|shorter|better|worse|stronger|weaker|heavier|lighter|wider|deeper|older|richer"
			+ "|poorer)\\b|\\p{Ll}{3,}er\\s+than\\b|the\\s+(?:size|number|amount|rate|level|average|cost|price|value"
			+ "|length|weight|speed|population|figure|total)\\b|over\\b)");

	private Multipliers() {
	}

	/**
	 * Whether the number ending at {@code end} multiplies an amount ("four times as
	 * many").
	 */
	static boolean multiplies(String clean, int end) {
		return COMPARISON_AFTER.matcher(clean).region(end, clean.length()).lookingAt();
	}

}
