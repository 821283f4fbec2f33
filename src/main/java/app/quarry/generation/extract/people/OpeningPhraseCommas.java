package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The comma that closes a short phrase a sentence opens with, saying where, when or how:
 * "In Lisbon, the city's mayor, Jo Roe, said", "Similarly, the trade minister, Jo Roe,
 * said". What follows it opens a phrase of its own, as after a preposition; the comma
 * after a name ("Jane Roe, the mayor, Jo Roe") lists people instead.
 */
final class OpeningPhraseCommas {

	/** Prepositions that open a phrase of place or time at a sentence's start. */
	private static final Set<String> OPENERS = NameLexicon.words("in", "at", "on", "from", "since", "during", "after",
			"before", "until", "across", "inside", "outside", "near");

	private static final int MAX_PHRASE_TOKENS = 5;

	private OpeningPhraseCommas() {
	}

	/** Whether the comma at {@code comma} ends the sentence's opening phrase. */
	static boolean closesOpening(DocumentTokens doc, int comma) {
		int start = comma - 1;
		while (start > 0 && !doc.boundaryBefore(start) && comma - start <= MAX_PHRASE_TOKENS) {
			start--;
		}
		if (start < 0 || start >= comma || !doc.boundaryBefore(start) || comma - start > MAX_PHRASE_TOKENS) {
			return false;
		}
		for (int t = start; t < comma; t++) {
			Token token = doc.get(t);
			if (!token.word() || NameLexicon.isRoleNoun(token.lower()) || NameLexicon.TITLES.contains(token.lower())) {
				return false;
			}
		}
		Token first = doc.get(start);
		boolean adverb = comma == start + 1 && first.lower().endsWith("ly") && first.lower().length() > 4;
		return adverb || OPENERS.contains(first.lower()) && comma > start + 1;
	}

}
