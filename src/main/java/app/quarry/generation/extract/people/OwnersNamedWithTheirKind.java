package app.quarry.generation.extract.people;

/**
 * "La Vela newspaper's chief critic", "Jane Roe, the Daily Bugle newspaper's
 * cartoonist,": an owner's name may be followed by the noun of its kind before the
 * apostrophe, and the run is still the owner's, so what follows is a post in it, not a
 * second name of a list. Only nouns that say a name is an organisation's count: "Jane Roe
 * campaign's" has no such noun.
 */
final class OwnersNamedWithTheirKind {

	private static final int MAX_NAME_WORDS = 5;

	private OwnersNamedWithTheirKind() {
	}

	/**
	 * Where the owner's apostrophe stands when {@code t} is a kind noun written after a
	 * capitalized name and right before it, or {@code t} itself otherwise.
	 */
	static int possessiveAfterKind(DocumentTokens doc, int t) {
		if (t <= 0 || t + 1 >= doc.size() || doc.boundaryBefore(t) || doc.boundaryBefore(t + 1)) {
			return t;
		}
		return isKindAfterName(doc, t) && NameFinder.isPossessiveMark(doc.get(t + 1)) ? t + 1 : t;
	}

	/** True when a capitalized run from {@code first}, a kind's noun and "'s" follow. */
	static boolean at(DocumentTokens doc, int first) {
		int t = first;
		while (t < doc.size() && t - first < MAX_NAME_WORDS && doc.get(t).word() && doc.get(t).capitalized()
				&& (t == first || !doc.boundaryBefore(t))) {
			t++;
		}
		return t > first && t + 2 < doc.size() && !doc.boundaryBefore(t) && !doc.boundaryBefore(t + 1)
				&& isKindAfterName(doc, t) && NameFinder.isPossessiveMark(doc.get(t + 1)) && doc.get(t + 2).word();
	}

	private static boolean isKindAfterName(DocumentTokens doc, int t) {
		Token noun = doc.get(t);
		return noun.word() && !noun.capitalized() && OrganisationWords.NOUNS.contains(noun.lower())
				&& doc.get(t - 1).capitalized();
	}

}
