package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * '…, but, they said, “…”', 'Roe spoke first, and then we said “…”': a speech verb whose
 * subject is a pronoun the reader does not follow ("they", "we", "you", "I", "it") has
 * someone for its speaker, but not the name met earlier in the sentence, which belongs to
 * another clause.
 */
final class PronounsTheReaderSkips {

	private static final Set<String> PRONOUNS = NameLexicon.words("they", "we", "you", "i", "it");

	private PronounsTheReaderSkips() {
	}

	/** Whether the subject right before the speech verb, past adverbs, is one of them. */
	static boolean subjectOf(DocumentTokens doc, int verb) {
		int t = verb - 1;
		while (t > 0 && doc.get(t).word() && AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(doc.get(t).lower())) {
			t--;
		}
		return t >= 0 && doc.get(t).word() && PRONOUNS.contains(doc.get(t).lower());
	}

}
