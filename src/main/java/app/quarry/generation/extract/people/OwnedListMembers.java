package app.quarry.generation.extract.people;

/**
 * People named in the possessive of their party or firm, and the ones listed with them:
 * "the KWU's Jane Roe and Tom Hale were elected" gives both the KWU, as a list after a
 * title gives each the title. A person who carries a body of their own ("and Tom Hale of
 * Acme") or a word of their own before the name ("and independent Tom Hale") is no member
 * of the first one's.
 */
final class OwnedListMembers {

	private static final int MAX_NAME_TOKENS = 3;

	private OwnedListMembers() {
	}

	/**
	 * The possessive mark before the first name of "ORG's Jane Roe and Tom Hale", read
	 * from the second name, or -1.
	 */
	static int markOfFirst(DocumentTokens doc, Mention name) {
		int and = name.phraseStartToken - 1;
		if (and < 2 || doc.boundaryBefore(and + 1) || doc.boundaryBefore(and) || !doc.get(and).lower().equals("and")
				|| ownBody(doc, name.endToken) || !personLike(doc, name.phraseStartToken, name.endToken)) {
			return -1;
		}
		int first = and;
		while (first > 0 && and - first < MAX_NAME_TOKENS && !doc.boundaryBefore(first)
				&& doc.get(first - 1).capitalized() && !NameFinder.isPossessiveMark(doc.get(first - 1))) {
			first--;
		}
		int mark = first - 1;
		if (first == and || and - first < 2 || mark < 1 || doc.boundaryBefore(first)
				|| !NameFinder.isPossessiveMark(doc.get(mark)) || doc.boundaryBefore(mark)
				|| !personLike(doc, first, and)) {
			return -1;
		}
		return mark;
	}

	/**
	 * "Jane Roe", "Kwok Ka-wing": two or three capitalized words none of which is a word
	 * for a thing, a body, a place or a post, as the name a body owns must be to be a
	 * person's ("the BBC's World Service" is a unit).
	 */
	static boolean personLike(DocumentTokens doc, int from, int to) {
		if (to - from < 2 || to - from > MAX_NAME_TOKENS) {
			return false;
		}
		for (int t = from; t < to; t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (!token.nameLike() || NameLexicon.NOT_NAMES.contains(lower) || NameLexicon.FUNCTION_WORDS.contains(lower)
					|| OrganisationWords.PLACES.contains(lower) || OrganisationWords.NOUNS.contains(lower)
					|| NameLexicon.isRoleNoun(lower) || MastheadWords.names(doc, t)) {
				return false;
			}
		}
		return true;
	}

	/** "pro-Halden", "anti-war": the stance of a person, written before the name. */
	static boolean stance(String lower) {
		return lower.startsWith("pro-") || lower.startsWith("anti-");
	}

	/** "and Tom Hale of Acme": the second name carries a body of its own. */
	private static boolean ownBody(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return false;
		}
		String next = doc.get(end).lower();
		return next.equals("of") || next.equals("from") || NameFinder.isPossessiveMark(doc.get(end));
	}

}
