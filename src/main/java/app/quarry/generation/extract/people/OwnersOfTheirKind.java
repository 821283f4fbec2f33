package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * An owner named by what kind it is, not by a name: "the athletes'" in "the athletes'
 * controversial coach, Jane Roe,", "the club's" in "the club's new physio, John Roe,".
 * The article makes the owner a phrase of its own, so the role it owns reads as well as
 * one a name owns.
 */
final class OwnersOfTheirKind {

	private static final Set<String> THE = NameLexicon.words("the");

	private static final int MAX_OWNER_WORDS = 2;

	private OwnersOfTheirKind() {
	}

	/**
	 * The article that opens the owner whose possessive mark is at {@code mark}, or -1
	 * when no article and lower-case nouns stand before the mark.
	 */
	static int start(DocumentTokens doc, int mark) {
		if (mark < 2 || !NameFinder.isPossessiveMark(doc.get(mark)) && !pluralMark(doc, mark)
				|| doc.boundaryBefore(mark)) {
			return -1;
		}
		int t = mark - 1;
		while (t > 0 && mark - t <= MAX_OWNER_WORDS && !doc.boundaryBefore(t + 1) && ownerWord(doc.get(t))) {
			t--;
		}
		return t < mark - 1 && THE.contains(doc.get(t).lower()) && !doc.boundaryBefore(t + 1) ? t : -1;
	}

	/**
	 * "athletes'": an apostrophe alone, written right after a plural in lower case, is
	 * its possessive; the word after is the owned noun, a space away.
	 */
	private static boolean pluralMark(DocumentTokens doc, int mark) {
		Token apostrophe = doc.get(mark);
		Token plural = doc.get(mark - 1);
		return (apostrophe.is("'") || apostrophe.is("’")) && plural.end() == apostrophe.start()
				&& plural.lower().endsWith("s") && mark + 1 < doc.size() && doc.get(mark + 1).start() > apostrophe.end()
				&& doc.get(mark + 1).word();
	}

	/** A lower-case noun or qualifier of the owner: "athletes", "home", "club". */
	private static boolean ownerWord(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && lower.length() >= 3
				&& !NameLexicon.FUNCTION_WORDS.contains(lower) && !NameLexicon.PREPOSITIONS.contains(lower)
				&& !RoleWords.VERBS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower);
	}

}
