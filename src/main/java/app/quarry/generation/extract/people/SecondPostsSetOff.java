package app.quarry.generation.extract.people;

/**
 * "Norland goalkeeper, and captain, Pedro Alves": a second post set off by commas between
 * the first and the name is still a title of that name, as "goalkeeper and captain" is
 * without the commas. Read only with a lower-case role noun on each side of ", and", and
 * the closing comma right before the name, so that a list of people ("the goalkeeper, the
 * captain, Pedro Alves") is no title.
 */
final class SecondPostsSetOff {

	/**
	 * The tokens from the first post to the comma before the name: "goalkeeper , and
	 * captain ,".
	 */
	private static final int SPAN = 4;

	private SecondPostsSetOff() {
	}

	/**
	 * The first post's token when the comma at {@code comma} closes ", and" and a second
	 * post right before a name; -1 otherwise.
	 */
	static int firstPostBefore(DocumentTokens doc, int comma) {
		if (comma < SPAN || !doc.get(comma).is(",") || !doc.get(comma - 2).lower().equals("and")
				|| !doc.get(comma - 3).is(",") || !lowerRole(doc.get(comma - 1)) || !lowerRole(doc.get(comma - 4))) {
			return -1;
		}
		for (int t = comma - SPAN + 1; t <= comma; t++) {
			if (doc.boundaryBefore(t)) {
				return -1;
			}
		}
		return comma - SPAN;
	}

	/** The title as a card shows it: "Norland goalkeeper and captain". */
	static String written(String title) {
		String joined = title.replace(", and ", " and ").strip();
		return joined.endsWith(",") ? joined.substring(0, joined.length() - 1).strip() : title;
	}

	private static boolean lowerRole(Token token) {
		return token.word() && !token.capitalized() && NameLexicon.isRoleNoun(token.lower());
	}

}
