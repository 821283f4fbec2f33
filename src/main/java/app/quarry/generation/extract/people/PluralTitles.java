package app.quarry.generation.extract.people;

/**
 * A title in the plural that opens a sentence before the names it is given to: "Justices
 * Ann Roe and Tom Lowe agreed", "Senators Ann Roe and Tom Lowe wrote". It is capitalized
 * only because the sentence starts with it, and is no part of the first name.
 */
final class PluralTitles {

	private PluralTitles() {
	}

	static boolean opensList(DocumentTokens doc, int t, int runStart) {
		if (t != runStart || !doc.boundaryBefore(t)) {
			return false;
		}
		String singular = PersonNouns.singular(doc.get(t).lower());
		return singular != null && (NameLexicon.TITLES.contains(singular) || NameLexicon.isRoleNoun(singular)
				|| PersonNounLexicon.contains(singular));
	}

}
