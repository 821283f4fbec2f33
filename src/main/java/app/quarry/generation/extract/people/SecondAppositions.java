package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Tom Kerr, head of Harbour Aid, a support group for families of the crew, said": a
 * second description set off after the first, opening with "a" or "an" and holding no
 * verb or quotation, tells of the body the first one names; the verb after it is still
 * the named person's.
 */
final class SecondAppositions {

	private static final Set<String> OPENERS = NameLexicon.words("a", "an");

	/** Words that open a clause, not a description. */
	private static final Set<String> CLAUSE_WORDS = NameLexicon.words("who", "which", "that", "and");

	/** How many tokens such a description may hold. */
	private static final int MAX_TOKENS = 14;

	private SecondAppositions() {
	}

	/**
	 * The comma closing such a description opening at the comma {@code from}, or
	 * {@code from}.
	 */
	static int end(DocumentTokens doc, int from, int limit) {
		if (from + 3 >= limit || !doc.get(from).is(",") || !OPENERS.contains(doc.get(from + 1).lower())
				|| doc.boundaryBefore(from + 1)) {
			return from;
		}
		for (int t = from + 2; t < limit && t <= from + MAX_TOKENS; t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (doc.boundaryBefore(t) || !token.word() && !token.is(",") && !token.is("-")
					|| SpeechVerbs.isSpeechVerb(lower) || RoleWords.VERBS.contains(lower)
					|| CLAUSE_WORDS.contains(lower)) {
				return from;
			}
			if (token.is(",")) {
				return t;
			}
		}
		return from;
	}

}
