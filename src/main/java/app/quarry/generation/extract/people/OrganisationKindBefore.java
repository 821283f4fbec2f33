package app.quarry.generation.extract.people;

/**
 * A noun for the kind of body written before its name after "of" or "from": "of IT firm
 * Datalink", "from the campaign group Parents First", "of research consultancy
 * Brightline". The name is what someone comes from; the words before it only say what
 * kind it is.
 */
final class OrganisationKindBefore {

	private static final int MAX_KIND_WORDS = 3;

	private OrganisationKindBefore() {
	}

	/**
	 * The first token of the capitalized name after a noun for a body's kind that starts
	 * at {@code first}, or {@code first} when no such noun stands there.
	 */
	static int nameAfter(DocumentTokens doc, int first) {
		for (int t = first; t < doc.size() && t - first < MAX_KIND_WORDS && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			boolean acronym = token.word() && token.text().length() >= 2
					&& token.text().equals(token.text().toUpperCase(java.util.Locale.ROOT));
			if (!token.word() || token.capitalized() && !acronym || NameLexicon.FUNCTION_WORDS.contains(lower)
					|| NameLexicon.PREPOSITIONS.contains(lower) || RoleWords.VERBS.contains(lower)) {
				return first;
			}
			if (!token.capitalized() && OrganisationWords.NOUNS.contains(lower) && t + 1 < doc.size()
					&& !doc.boundaryBefore(t + 1) && doc.get(t + 1).word() && doc.get(t + 1).capitalized()
					&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(t + 1).lower())) {
				return t + 1;
			}
		}
		return first;
	}

}
