package app.quarry.generation.extract.people;

/**
 * A name the document introduces somewhere with a noun for its kind ("the campaign group
 * Parents First", "rival party Halden Forward's leader") is a body's wherever else it
 * stands, so that "Jane Roe of Parents First" is read as her affiliation though the name
 * itself says nothing of a body.
 */
final class BodiesIntroducedByKind {

	/**
	 * Nouns for a body that name a person as often ("producer Jane Roe", "her rival Tom
	 * Hale"): no sign of a body before a name.
	 */
	private static final java.util.Set<String> ALSO_PEOPLE = NameLexicon.words("rival", "giant", "producer",
			"competitor", "contractor", "supplier", "publisher", "carrier", "maker", "distributor", "importer",
			"exporter", "jeweler", "jeweller", "provider", "label", "brand", "concern", "blog", "website", "outlet");

	private BodiesIntroducedByKind() {
	}

	/**
	 * Whether the capitalized words {@code [first, end)} stand elsewhere in the document
	 * right after a lower-case noun for a kind of body, and not followed by another
	 * capitalized word of a longer name.
	 */
	static boolean introduced(DocumentTokens doc, int first, int end) {
		int length = end - first;
		for (int t = 1; t + length <= doc.size(); t++) {
			if (t == first || !sameWords(doc, first, t, length) || doc.boundaryBefore(t)) {
				continue;
			}
			Token kind = doc.get(t - 1);
			int after = t + length;
			boolean whole = after >= doc.size() || doc.boundaryBefore(after) || !doc.get(after).capitalized()
					|| NameFinder.isPossessiveMark(doc.get(after));
			if (whole && kind.word() && !kind.capitalized() && OrganisationWords.NOUNS.contains(kind.lower())
					&& !ALSO_PEOPLE.contains(kind.lower())) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameWords(DocumentTokens doc, int first, int t, int length) {
		for (int i = 0; i < length; i++) {
			if (t + i >= doc.size() || !doc.get(t + i).text().equals(doc.get(first + i).text())
					|| i > 0 && doc.boundaryBefore(t + i)) {
				return false;
			}
		}
		return true;
	}

}
