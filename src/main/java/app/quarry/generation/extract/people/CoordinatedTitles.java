package app.quarry.generation.extract.people;

/**
 * Two posts joined by "and" before one name: "Olympic champion and TV pundit Jane Roe",
 * "club captain and Acme ambassador Tom Roe". The second post is a named body's when it
 * is capitalized words ending in a role noun in lower case; a capitalized post right
 * before the name ("the minister and President Roe") may be a second person's, and stays
 * apart.
 */
final class CoordinatedTitles {

	private static final int MAX_BODY_WORDS = 4;

	private CoordinatedTitles() {
	}

	/**
	 * The words from {@code from} to the name at {@code nameFirst} are a post: a few
	 * capitalized words or qualifiers, then a single role noun in lower case.
	 */
	static boolean qualifiedPost(DocumentTokens doc, int from, int nameFirst) {
		int noun = nameFirst - 1;
		if (noun <= from || noun - from > MAX_BODY_WORDS || doc.boundaryBefore(nameFirst)) {
			return false;
		}
		Token post = doc.get(noun);
		if (!post.word() || post.capitalized() || !NameLexicon.isRoleNoun(post.lower())) {
			return false;
		}
		for (int t = from; t < noun; t++) {
			Token token = doc.get(t);
			if (!token.word() || doc.boundaryBefore(t) || NameLexicon.FUNCTION_WORDS.contains(token.lower())
					|| !token.capitalized() && !LowerCaseTitles.qualifier(doc, t)) {
				return false;
			}
		}
		return true;
	}

}
