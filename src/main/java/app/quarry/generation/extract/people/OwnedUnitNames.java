package app.quarry.generation.extract.people;

/**
 * A name between "its" and the noun for a business a company owns ("its Dorset Global
 * shipping business", "its Pine Stores Inc. and Carver Corp. operations") is a unit's,
 * never a person's: no one is called "its Jane Roe division". So is a name between a
 * firm's possessive and such a noun ("Orbit S.A.'s Orbit Foods unit"). Such names are
 * left to {@link OwnedUnits}, which says whose unit they are.
 */
final class OwnedUnitNames {

	/** "Pine Stores Inc., Carver Corp. and ...": a few names listed at most. */
	private static final int MAX_LIST_TOKENS = 20;

	private OwnedUnitNames() {
	}

	/**
	 * Whether the capitalized run from {@code start} to {@code end} names an owned unit.
	 */
	static boolean at(DocumentTokens doc, int start, int end) {
		int its = start - 1;
		while (its >= 0 && start - its <= MAX_LIST_TOKENS && !doc.boundaryBefore(its + 1) && listed(doc.get(its))) {
			its--;
		}
		if (its == start - 1 && ownerInPossessive(doc, its)) {
			// "sold to Orbit S.A.'s Orbit Foods unit": the owner named in the possessive
			return !doc.boundaryBefore(start) && end < doc.size() && !doc.boundaryBefore(end)
					&& OwnedUnits.unitNounAt(doc, end);
		}
		if (its < 0 || !doc.get(its).lower().equals("its") || doc.boundaryBefore(its + 1)) {
			return false;
		}
		int after = end;
		while (after < doc.size() && after - end <= MAX_LIST_TOKENS && !doc.boundaryBefore(after)
				&& listed(doc.get(after))) {
			after++;
		}
		return after < doc.size() && !doc.boundaryBefore(after) && OwnedUnits.unitNounAt(doc, after);
	}

	/**
	 * Whether the token at {@code mark} is the possessive of a capitalized name, as in
	 * "Orbit S.A.'s" or "Quist Bank's".
	 */
	private static boolean ownerInPossessive(DocumentTokens doc, int mark) {
		if (mark < 1 || !NameFinder.isPossessiveMark(doc.get(mark)) || doc.boundaryBefore(mark)) {
			return false;
		}
		Token owner = doc.get(mark - 1);
		return owner.capitalized() || owner.is(".");
	}

	/**
	 * What a list of company names is made of: their capitalized words, the stops of
	 * their abbreviations, joining hyphens, "&" (or "amp" where the ampersand lost its
	 * marks), commas and "and".
	 */
	private static boolean listed(Token token) {
		return token.capitalized() || token.is(",") || token.is(".") || token.is("&") || token.is("-")
				|| token.lower().equals("and") || token.lower().equals("amp");
	}

}
