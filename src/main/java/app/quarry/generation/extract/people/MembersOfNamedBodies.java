package app.quarry.generation.extract.people;

/**
 * "Jane Roe, Norcon welder and chair of the Welders' Guild": a set-off description that
 * opens with the name of the body she works for and then a lower-case noun for a kind of
 * person ("welder", "worker", "resident", "plumber"). Without an article the doer's noun
 * is no role by its ending alone, yet written right after a capitalised name it says
 * whose member she is, as "Norcon engineer" does with a listed post.
 */
final class MembersOfNamedBodies {

	/**
	 * "Upper Norland Water Board": the words a body's name may run to before the noun.
	 */
	private static final int MAX_NAME_WORDS = 4;

	private MembersOfNamedBodies() {
	}

	/**
	 * True when the description from {@code first} to {@code end} opens with capitalised
	 * words followed by a person's noun that ends the description or is joined by "and"
	 * to more of it.
	 */
	static boolean opens(DocumentTokens doc, int first, int end) {
		int t = first;
		while (t < end && t - first < MAX_NAME_WORDS && doc.get(t).word() && doc.get(t).capitalized()
				&& (t == first || !doc.boundaryBefore(t))) {
			t++;
		}
		return t > first && t < end && t - first <= MAX_NAME_WORDS && !doc.boundaryBefore(t) && personNoun(doc, t)
				&& (t + 1 == end || doc.get(t + 1).lower().equals("and"));
	}

	/**
	 * True when the token at {@code t} is a lower-case noun for a kind of person right
	 * after a capitalised word: "Zanon" in "Zanon worker" names the body, not the person.
	 */
	static boolean memberNoun(DocumentTokens doc, int t) {
		return t > 0 && doc.get(t - 1).capitalized() && personNoun(doc, t);
	}

	private static boolean personNoun(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		String lower = token.lower();
		return token.word() && !token.capitalized() && (AgentNouns.isAgent(lower) || PersonNounLexicon.listed(lower));
	}

}
