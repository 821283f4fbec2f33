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

	/** Words that open a noun phrase, never a verb phrase. */
	private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("other", "the", "a", "an", "some", "several", "many",
			"most", "few", "both", "his", "her", "their", "its", "our", "those", "these", "two", "three");

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
			if (COORDINATORS.contains(token.lower()) && c + 1 < verb
					&& NOUN_PHRASE_OPENERS.contains(doc.get(c + 1).lower())) {
				// "Roe smiled and other guests said …": with no comma, only words that
				// must open a noun phrase show the clause has a subject of its own
				return true;
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
