package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A post with no article that opens the sentence, set off by commas before the name:
 * "Deputy director of research at Acme, Jane Roe, said", "Head of the Norland office,
 * John Doe, told". Headlines and lists drop the article; the commas on both sides of the
 * name say the words before it are what the name is. The post's own noun comes first or
 * after a few words that qualify it ("Senior vice president"), never after a preposition
 * or an adverb ("Unlike her predecessor, Jane Roe, ..." opens with a preposition and says
 * what she is not).
 */
final class BareRolesOpeningSentence {

	/** Words that may qualify the post's noun before it: "Deputy", "Chief", "Senior". */
	private static final int MAX_WORDS_BEFORE_NOUN = 2;

	/**
	 * Words never part of a name that qualify a post: "Senior adviser", "Acting head".
	 */
	private static final Set<String> QUALIFIERS = NameLexicon.words("senior", "junior", "acting", "new", "top", "first",
			"second", "third");

	private BareRolesOpeningSentence() {
	}

	/**
	 * True when the words from {@code from}, the sentence's first, to the comma are such
	 * a post.
	 */
	static boolean opens(DocumentTokens doc, int from, int comma) {
		if (!doc.boundaryBefore(from) || comma - from < 2) {
			return false;
		}
		for (int t = from; t < comma && t - from <= MAX_WORDS_BEFORE_NOUN; t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (!token.word() || NameLexicon.FUNCTION_WORDS.contains(lower) && !QUALIFIERS.contains(lower)
					|| NameLexicon.PREPOSITIONS.contains(lower) || RoleWords.VERBS.contains(lower)
					|| lower.endsWith("ly") || lower.endsWith("ing") || NameFinder.isPossessiveMark(token)) {
				return false;
			}
			// "Head of research at Acme", "Chief executive of Acme": the post's noun is
			// followed by what it is of (a post that closes on its noun, "Acme chief
			// executive,", is read as a bare lead description)
			if (NameLexicon.isRoleNoun(lower) && t + 1 < comma
					&& NameLexicon.PREPOSITIONS.contains(doc.get(t + 1).lower())) {
				return true;
			}
		}
		return false;
	}

	/** "Deputy", "Head", "Senior": a post's own word, written in lower case on a card. */
	static boolean openedByPostWord(DocumentTokens doc, int from) {
		String lower = doc.get(from).lower();
		return NameLexicon.isRoleNoun(lower) || QUALIFIERS.contains(lower);
	}

}
