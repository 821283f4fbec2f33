package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "While Roe's colleagues declined to comment, a guard at the pool said “…”", "Although
 * Roe stayed silent, his coach told reporters “…”": a name inside an adverbial clause
 * that opens the sentence is no subject of the main clause's speech verb after the comma
 * that closes the adverbial. When the main clause's subject is no name the reader knows,
 * the name is still the nearest one before the verb, and the words would go to the wrong
 * person.
 */
final class NamesInFrontedClauses {

	private static final Set<String> APPOSITION_OPENERS = NameLexicon.words("a", "an", "the", "his", "her", "their",
			"its");

	private static final Set<String> PRONOUNS = NameLexicon.words("he", "she", "they", "we", "i");

	private NamesInFrontedClauses() {
	}

	static boolean inside(DocumentTokens doc, Mention subject, int verb) {
		int start = subject.firstToken;
		int sentence = doc.sentence[verb];
		while (start > 0 && doc.sentence[start - 1] == sentence && !doc.boundaryBefore(start)) {
			start--;
		}
		if (start >= subject.firstToken || !doc.get(start).word()
				|| !FrontedSubjects.SUBORDINATORS.contains(doc.get(start).lower())) {
			return false;
		}
		// the adverbial's own verb and words stand between the name (with its
		// apposition) and the comma that closes it: "While Roe stayed away, …"; in "As
		// Roe, a scientist, told the paper: …" the speech verb is the adverbial's own
		for (int t = start + 1; t < subject.firstToken; t++) {
			if (doc.get(t).is(",")) {
				return false; // "…, Jane Roe, a guard, said": the name after the
								// adverbial
			}
		}
		int from = Math.max(subject.endToken, subject.appositionEndToken);
		if (from + 1 < verb && doc.get(from).is(",") && APPOSITION_OPENERS.contains(doc.get(from + 1).lower())) {
			// "As Roe, a guard and a friend, told …": an apposition the reading missed
			from += 2;
			while (from < verb && !doc.get(from).is(",")) {
				from++;
			}
		}
		while (from < verb && doc.get(from).is(",")) {
			from++;
		}
		boolean words = false;
		for (int t = from; t < verb; t++) {
			if (doc.get(t).is(",")) {
				return words && !pronounSubject(doc, t + 1, verb);
			}
			words |= doc.get(t).word();
		}
		return false;
	}

	/**
	 * "When Roe spoke to the press, he said": a pronoun heading the main clause most
	 * often goes on about the name in the adverbial, which its resolution decides.
	 */
	private static boolean pronounSubject(DocumentTokens doc, int from, int verb) {
		for (int t = from; t < verb; t++) {
			if (PRONOUNS.contains(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

}
