package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * "four times as many", "three times faster than", "twice the size" are a ratio between
 * two amounts, not a count of occasions as "won the title three times" is. A sentence
 * that gives only the ratio ("the new chip runs ten times faster than the old one") has
 * it as its news, and the number is asked as how many times; beside other counts the
 * amounts it compares are the facts, and the ratio is left out.
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

	/**
	 * Drops each ratio whose sentence holds another number: "500 staff, four times as
	 * many as in 2001" tells its news by the staff, and a ratio told beside a count is
	 * seldom what a reader is asked. Ratios told beside ratios alone ("ten times faster
	 * than A and twice as fast as B") are the sentence's news, and each is kept.
	 */
	static void keepAlone(DocumentText document, String clean, List<CountCandidate> found) {
		found.removeIf(c -> c.multiplier && found.stream()
			.anyMatch(other -> other != c && !other.multiplier && (other.unit != null || other.scaled)
					&& CountWords.sameSentence(document, c.start, other.start)));
	}

}
