package app.quarry.generation.extract.people;

/**
 * A post owned by a body written with the noun of its kind: "Jane Roe, the Daily Bugle
 * newspaper's cartoonist,", "John Doe, Acme group's finance chief,". The capitalized
 * words after the comma open no second name of a list: the kind's noun and the possessive
 * say they are the owner of what follows.
 */
final class OwnersNamedWithTheirKind {

	private static final int MAX_NAME_WORDS = 5;

	private OwnersNamedWithTheirKind() {
	}

	/** True when a capitalized run from {@code first}, a kind's noun and "'s" follow. */
	static boolean at(DocumentTokens doc, int first) {
		int t = first;
		while (t < doc.size() && t - first < MAX_NAME_WORDS && doc.get(t).word() && doc.get(t).capitalized()
				&& (t == first || !doc.boundaryBefore(t))) {
			t++;
		}
		return t > first && t + 2 < doc.size() && !doc.boundaryBefore(t) && !doc.boundaryBefore(t + 1)
				&& doc.get(t).word() && !doc.get(t).capitalized()
				&& OrganisationWords.NOUNS.contains(doc.get(t).lower()) && NameFinder.isPossessiveMark(doc.get(t + 1))
				&& doc.get(t + 2).word();
	}

}
