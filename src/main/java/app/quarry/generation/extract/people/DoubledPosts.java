package app.quarry.generation.extract.people;

/**
 * "the Acme chairman and chief executive": one determiner before two posts joined by
 * "and" is one person holding both, unlike "the chairman and the chief executive". The
 * description runs on to the second post, so that the verb after it is its own.
 */
final class DoubledPosts {

	/** Words between "and" and the second post at most: "chief" in "chief executive". */
	private static final int MAX_MODIFIERS = 2;

	private DoubledPosts() {
	}

	/**
	 * The end (exclusive) of the second post when "and" at {@code and} joins one to the
	 * post that ends there, or {@code and} itself when no second post follows.
	 */
	static int end(DocumentTokens doc, int and) {
		int n = doc.size();
		if (and + 1 >= n || !doc.get(and).lower().equals("and") || doc.boundaryBefore(and)) {
			return and;
		}
		for (int t = and + 1; t < n && t <= and + 1 + MAX_MODIFIERS; t++) {
			Token token = doc.get(t);
			if (!token.word() || token.capitalized() || doc.boundaryBefore(t)
					|| NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				return and;
			}
			boolean compound = t + 1 < n && t + 1 <= and + 1 + MAX_MODIFIERS && doc.get(t + 1).word()
					&& NameLexicon.ROLE_NOUNS.contains(doc.get(t + 1).lower());
			if (NameLexicon.ROLE_NOUNS.contains(token.lower()) && !compound) {
				boolean last = t + 1 >= n || !doc.get(t + 1).word()
						|| !doc.get(t + 1).nameLike() && !NameLexicon.ROLE_NOUNS.contains(doc.get(t + 1).lower())
								&& !doc.get(t + 1).lower().equals("of");
				return last ? t + 1 : and;
			}
		}
		return and;
	}

}
