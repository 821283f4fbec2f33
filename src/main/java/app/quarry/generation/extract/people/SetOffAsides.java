package app.quarry.generation.extract.people;

/**
 * "an officer, speaking on condition of anonymity, said": an aside set off by commas
 * between a described speaker and the speech verb. Only a participle or "who" may open it
 * and it holds plain lowercase words, so that a list ("a guard, a driver, and a clerk")
 * or a name in apposition ("a detective, Tom Roe, said") is never read as one.
 */
final class SetOffAsides {

	/** The most words such an aside holds: longer ones are clauses of their own. */
	static final int MAX_WORDS = 8;

	private SetOffAsides() {
	}

	/**
	 * The token right after the comma closing the aside that opens with the comma at
	 * {@code comma}, or -1 when there is no such aside.
	 */
	static int after(DocumentTokens doc, int comma) {
		int n = doc.size();
		if (comma + 2 >= n || !doc.get(comma).is(",") || doc.boundaryBefore(comma + 1)) {
			return -1;
		}
		String first = doc.get(comma + 1).lower();
		boolean opens = first.equals("who") || first.length() > 4 && first.endsWith("ing");
		if (!opens || doc.get(comma + 1).capitalized()) {
			return -1;
		}
		for (int t = comma + 1; t < n && t <= comma + MAX_WORDS + 1; t++) {
			if (doc.boundaryBefore(t)) {
				return -1;
			}
			if (doc.get(t).is(",")) {
				return t > comma + 1 ? t + 1 : -1;
			}
			if (!doc.get(t).word() || doc.get(t).capitalized()) {
				return -1;
			}
		}
		return -1;
	}

}
