package app.quarry.generation.extract.people;

import java.util.Locale;

/**
 * "Jo Hollins aims to ... . "It hurts," said Hollins": two capitalized words that open a
 * sentence are a given name and a surname when the document goes on to call someone by
 * the second word alone, inside a sentence, and never writes the first again, in any case
 * ("National Mills ... Mills said" is a firm whose first word recurs in other names). The
 * part-of-speech model misreads many given names it has not seen at a sentence's start,
 * most of all before a verb it takes for a plural noun ("aims", "hopes").
 */
final class SurnamesUsedAlone {

	private SurnamesUsedAlone() {
	}

	static boolean givenNameAndSurname(DocumentTokens doc, int first, int runEnd) {
		if (runEnd - first != 2) {
			return false;
		}
		Token given = doc.get(first);
		String lower = given.lower();
		if (NameLexicon.FUNCTION_WORDS.contains(lower) || NameLexicon.NOT_NAMES.contains(lower)
				|| NameLexicon.TITLES.contains(lower) || NameLexicon.isRoleNoun(lower) || commonWordForm(lower)) {
			return false;
		}
		String surname = doc.get(first + 1).text();
		boolean usedAlone = false;
		for (int t = 0; t < doc.size(); t++) {
			Token token = doc.get(t);
			if (t != first && token.word() && token.lower().equals(lower)) {
				return false; // "Sprinter" is a word the document also writes as
								// "sprinter"
			}
			if (t != first + 1 && !doc.startsSentence[t] && token.text().equals(surname) && !doc.afterLineBreak[t]
					&& !capitalizedWord(doc, t - 1) && !capitalizedWord(doc, t + 1)) {
				usedAlone = true;
			}
		}
		return usedAlone;
	}

	private static boolean capitalizedWord(DocumentTokens doc, int t) {
		return t >= 0 && t < doc.size() && doc.get(t).word() && doc.get(t).capitalized()
				&& !doc.boundaryBefore(Math.max(t, 0));
	}

	/**
	 * Endings of verbs and adverbs that open sentences: "Expressing", "Asked", "Clearly".
	 */
	private static boolean commonWordForm(String lower) {
		String word = lower.toLowerCase(Locale.ROOT);
		return word.endsWith("ing") || word.endsWith("ed") || word.endsWith("ly") || word.length() < 3;
	}

}
