package app.quarry.generation.extract.people;

/**
 * "La Vela newspaper's chief critic", "Acme Steel company's lead designer": an owner's
 * name may be followed by the noun of its kind before the apostrophe, and the run is
 * still the owner's, so what follows is a post in it, not a second name. Only nouns that
 * say a name is an organisation's count: "Jane Roe campaign's" has no such noun.
 */
final class OwnersNamedWithTheirKind {

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
		Token noun = doc.get(t);
		boolean kind = noun.word() && !noun.capitalized() && OrganisationWords.NOUNS.contains(noun.lower())
				&& doc.get(t - 1).capitalized();
		return kind && NameFinder.isPossessiveMark(doc.get(t + 1)) ? t + 1 : t;
	}

}
