package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "A unit of Acme launched an offer and said …": a speech verb joined by "and" to an
 * earlier verb shares that verb's subject, which ends where the earlier verb begins.
 */
final class SharedSubjects {

	private static final Set<String> JOINING = NameLexicon.words("and", "then");

	private SharedSubjects() {
	}

	/** Whether the word before the speech verb joins it to an earlier verb. */
	static boolean joined(DocumentTokens doc, int start, int end) {
		return end > start + 1 && doc.get(end - 1).word() && JOINING.contains(doc.get(end - 1).lower())
				&& !doc.get(end - 1).capitalized();
	}

	/**
	 * Where the subject shared by two joined verbs ends: at the first past-tense verb
	 * after the subject's head, or -1 when no such verb is found (then the subject is
	 * unknown, never the whole run of words).
	 */
	static int subjectEnd(DocumentTokens doc, int start, int end) {
		for (int t = start + 2; t < end - 1; t++) {
			Token token = doc.get(t);
			if (!token.word()) {
				return -1;
			}
			String lower = token.lower();
			if (!token.capitalized() && lower.length() > 3 && lower.endsWith("ed")
					&& !NameLexicon.FUNCTION_WORDS.contains(lower)) {
				// "Acme's chief also expressed …": an adverb before the verb is no part
				// of
				// the subject
				int subjectEnd = t;
				while (subjectEnd > start + 1
						&& AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(doc.get(subjectEnd - 1).lower())) {
					subjectEnd--;
				}
				return subjectEnd;
			}
		}
		return -1;
	}

}
