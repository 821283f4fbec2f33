package app.quarry.bank.grading;

/**
 * Damerau-Levenshtein distance (optimal string alignment): insertions, deletions,
 * substitutions and swaps of two neighbouring characters each cost one.
 */
final class EditDistance {

	private EditDistance() {
	}

	static int between(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					best = Math.min(best, d[i - 2][j - 2] + 1);
				}
				d[i][j] = best;
			}
		}
		return d[a.length()][b.length()];
	}

	/**
	 * Whether {@code typed} is a close misspelling of {@code expected}: at most one edit
	 * per five characters of the expected text, and none for texts under four characters
	 * (where one edit is already another word).
	 */
	static boolean isCloseMisspelling(String typed, String expected) {
		if (expected.length() < 4 || typed.isEmpty()) {
			return false;
		}
		int allowed = Math.max(1, expected.length() / 5);
		return between(typed, expected) <= allowed;
	}

}
