package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "In Lisbon, police spokesman Capt. Jo Roe said": what follows the comma is a title
 * written before another name, not an apposition of the words before the comma.
 */
final class TitledNameInApposition {

	/** Words that tie a name to the role as its relation: "an aide to President Roe". */
	private static final Set<String> TIES = NameLexicon.words("of", "to", "for", "at", "with", "and", "by", "from", "a",
			"an", "the", "his", "her", "its", "their");

	private TitledNameInApposition() {
	}

	/**
	 * Whether the words from {@code first} to {@code end} are a bare title (no article,
	 * no link) followed by a name of two capitalized words.
	 */
	static boolean holds(DocumentTokens doc, int first, int end) {
		for (int t = first; t + 1 < end; t++) {
			Token token = doc.get(t);
			if (TIES.contains(token.lower()) || !token.word() && !token.text().endsWith(".")) {
				return false;
			}
			if (t > first && titleWord(doc.get(t - 1)) && doc.get(t).nameLike() && doc.get(t + 1).nameLike()
					&& !titleWord(token)) {
				return true;
			}
		}
		return false;
	}

	private static boolean titleWord(Token token) {
		return NameLexicon.isRoleNoun(token.lower()) || NameLexicon.TITLES.contains(token.lower());
	}

}
