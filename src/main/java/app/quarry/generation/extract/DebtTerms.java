package app.quarry.generation.extract;

import java.util.List;
import java.util.Set;

/**
 * The term of a debt names the instrument, not a count: "the benchmark 30-year Treasury
 * bond", "a 10-year note", "15-year mortgages", "a five-year loan" are kinds of paper,
 * and a quiz asking their years asks which bond, not how many of anything.
 */
final class DebtTerms {

	private DebtTerms() {
	}

	/** Nouns of debt a term may name. */
	private static final Set<String> DEBTS = Set.of("bond", "bonds", "note", "notes", "bill", "bills", "mortgage",
			"mortgages", "loan", "loans", "debt", "debenture", "debentures", "treasury", "treasuries", "gilt", "gilts",
			"bund", "bunds", "securities", "paper", "yield", "yields", "issue", "issues", "maturity", "maturities",
			"cd", "cds", "swap", "swaps", "rate", "rates", "borrowing", "borrowings", "credit", "credits", "lending");

	/**
	 * Words that may stand between a term and its debt: "30-year fixed-rate mortgage".
	 */
	private static final Set<String> BETWEEN = Set.of("benchmark", "government", "treasury", "fixed-rate", "fixed",
			"adjustable-rate", "floating-rate", "zero-coupon", "municipal", "corporate", "federal", "u.s.", "japanese",
			"german", "british", "sovereign", "interest", "mortgage", "bank", "home");

	/** Whether the hyphened term ending at {@code end} names a debt after it. */
	static boolean namesDebt(String clean, int end) {
		List<String> words = CountWords.wordsAfter(clean, end);
		for (int i = 0; i < Math.min(3, words.size()); i++) {
			String w = CountWords.clip(words.get(i));
			if (DEBTS.contains(w)) {
				return i > 0 || !(w.equals("rate") || w.equals("rates")); // "a 10-year
																			// growth
																			// rate" is no
																			// debt
			}
			if (!BETWEEN.contains(w)) {
				return false;
			}
		}
		return false;
	}

}
