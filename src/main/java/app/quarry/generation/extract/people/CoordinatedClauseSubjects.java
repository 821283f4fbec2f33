package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Acme called it “…”, while critics said …", "Acme says “…”, and the regulator says …":
 * a conjunction after a comma opens a clause with a subject of its own. A speech verb in
 * that clause is not spoken by the subject of the clause before, whatever its own subject
 * turns out to be.
 */
final class CoordinatedClauseSubjects {

	private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "whereas", "although", "though");

	/** How many words the second clause's subject may take before its verb. */
	private static final int MAX_SUBJECT_WORDS = 5;

	private CoordinatedClauseSubjects() {
	}

	/**
	 * Whether the words right before the verb, after ", and" and the like that follow
	 * {@code from}, hold a subject other than the adverbs that may stand before a verb.
	 */
	static boolean ownSubjectBefore(DocumentTokens doc, int from, int verb) {
		for (int c = verb - 1; c > from && c >= verb - 1 - MAX_SUBJECT_WORDS; c--) {
			Token token = doc.get(c);
			if (doc.boundaryBefore(c + 1) || !token.word()) {
				return false;
			}
			if (COORDINATORS.contains(token.lower()) && doc.get(c - 1).is(",")) {
				return hasSubjectWords(doc, c + 1, verb);
			}
		}
		return false;
	}

	private static boolean hasSubjectWords(DocumentTokens doc, int from, int verb) {
		for (int t = from; t < verb; t++) {
			if (!AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

}
