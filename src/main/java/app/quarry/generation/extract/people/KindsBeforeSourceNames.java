package app.quarry.generation.extract.people;

/**
 * "according to Leeds news agency Harbour Wire", "according to state broadcaster Halden
 * One": a capitalised word that only qualifies the kind of source, with the source's own
 * name after the kind. The source is the name the phrase ends with, not the adjective or
 * the place it opens with.
 */
final class KindsBeforeSourceNames {

	/** Speech verbs that would end the source's phrase ("according to Roe said"). */
	private static final java.util.Set<String> FINITE_SPEECH = NameLexicon.words("said", "says", "told", "tells",
			"wrote", "writes", "adds", "notes", "states");

	/** How many lower-case words the kind may take ("state news agency"). */
	private static final int MAX_KIND_WORDS = 3;

	private KindsBeforeSourceNames() {
	}

	/**
	 * The token where the source's name starts, when the capitalised run ending before
	 * {@code end} is followed by the words of a kind and then a capitalised name; else
	 * -1.
	 */
	static int nameAfterKind(DocumentTokens doc, int end) {
		int t = end;
		int kindWords = 0;
		while (t < doc.size() && !doc.boundaryBefore(t) && kindWords <= MAX_KIND_WORDS) {
			Token token = doc.get(t);
			if (!token.word()) {
				return -1;
			}
			if (token.capitalized()) {
				return kindWords > 0 ? t : -1;
			}
			if (!kindNoun(token.lower())) {
				return -1;
			}
			kindWords++;
			t++;
		}
		return -1;
	}

	/** A word that may name a kind of source: a noun, no verb and no function word. */
	private static boolean kindNoun(String lower) {
		return !lower.endsWith("ed") && !lower.endsWith("ing") && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !FINITE_SPEECH.contains(lower)
				&& !AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(lower);
	}

}
