package app.quarry.generation.extract.people;

/**
 * "Tomas Berg's daughter Princess Ines": the kin word before a relative's title says
 * whose relative she is, as the title says what she is; the title is her role
 * ({@link TitleWordsBeforeNames} stops at the kin), and the owner's kin is said of her
 * besides.
 */
final class KinBeforeTitles {

	private static final int MAX_TITLE_WORDS = 2;

	private KinBeforeTitles() {
	}

	static void find(DocumentTokens doc, Mention name) {
		if (name.appositionRole != null || name.role == null) {
			return;
		}
		for (int kin = name.firstToken - 2; kin >= 2 && name.firstToken - kin <= MAX_TITLE_WORDS + 1; kin--) {
			if (doc.boundaryBefore(kin + 1)) {
				return;
			}
			if (RolesSetOffBefore.KIN.contains(doc.get(kin).lower())) {
				int owner = RoleWords.nameOwningAt(doc, kin - 1);
				if (owner >= 0 && doc.get(kin + 1).capitalized()) {
					name.appositionRole = doc.span(owner, kin + 1);
				}
				return;
			}
			if (!doc.get(kin).capitalized()) {
				return;
			}
		}
	}

}
