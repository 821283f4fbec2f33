package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A title written with capitals that opens an apposition: "Jane Roe, Prime Minister of
 * Norland," or "John Doe, Chief Executive of Acme,". Two capitalised words in a row look
 * like the start of a name, but a run made only of title words, ending on a role noun and
 * followed by no name, is a role.
 */
final class CapitalisedTitles {

	/**
	 * Words of a business title that only qualify its head: "Chief Operating Officer".
	 */
	private static final Set<String> QUALIFIERS = NameLexicon.words("operating", "financial", "managing", "executive",
			"technology", "technical", "information", "marketing", "general", "assistant", "associate", "principal",
			"home", "interior", "finance", "culture", "health", "education", "justice", "trade", "environment",
			"transport", "energy", "labour", "labor", "state", "and");

	private static final int LONGEST = 5;

	private CapitalisedTitles() {
	}

	/**
	 * Whether the lower-case word only qualifies the head of a title ("information" in
	 * "Information Minister").
	 */
	static boolean qualifier(String lower) {
		return QUALIFIERS.contains(lower);
	}

	/**
	 * Whether the capitalised words from {@code first} are a title, not a name: "Prime
	 * Minister of", "Chief Executive,", but not "Chief Executive Jane Roe" nor "Prime
	 * Holdings".
	 */
	static boolean opensTitle(DocumentTokens doc, int first) {
		int t = first;
		int lastRole = -1;
		while (t < doc.size() && t - first < LONGEST && (t == first || !doc.boundaryBefore(t))) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (!token.word() || !token.capitalized() && !lower.equals("and")) {
				break;
			}
			if (NameLexicon.isRoleNoun(lower)) {
				lastRole = t;
			}
			else if (!RoleWords.MODIFIERS.contains(lower) && !QUALIFIERS.contains(lower)) {
				return false; // a word no title holds: a name ("Chief Jane Roe")
			}
			t++;
		}
		if (lastRole != t - 1 || t - first < 2) {
			return false;
		}
		// the title must end before a lower-case word or punctuation: "of", ",", "."
		return t >= doc.size() || doc.boundaryBefore(t) || !doc.get(t).capitalized() || !doc.get(t).word();
	}

}
