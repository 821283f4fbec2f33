package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Another cousin, Jane Roe," after "Tom Roe's cousins": the relative is one of the owner
 * the text last gave relatives of that kind. Apart from {@link RolesSetOffBefore} because
 * it reads back across sentences, where the role itself does not.
 */
final class KinOwnedEarlier {

	/** Relatives a person has only one of at a time. */
	private static final Set<String> ONLY_ONE_OF = NameLexicon.words("mother", "father", "husband", "wife", "widow",
			"widower", "stepmother", "stepfather");

	private static final int MAX_OWNER_LOOKBACK_TOKENS = 200;

	private KinOwnedEarlier() {
	}

	/**
	 * "Mara's Miami cousins sought support. ... Another cousin, Jane Roe, said": the
	 * relative is one of the named owner's whom the text last gave relatives of that kind
	 * ("one of Mara's cousins"), or null when no owner stands before it.
	 */
	static String ownedEarlier(DocumentTokens doc, int before, String kin) {
		if (!RolesSetOffBefore.KIN.contains(kin) && !kin.equals("cousin") && !kin.equals("uncle")
				&& !kin.equals("aunt")) {
			return null;
		}
		String plural = kin.endsWith("fe") ? kin.substring(0, kin.length() - 2) + "ves" : kin + "s";
		// one has several cousins, but a single mother: "the victim's mother" before
		// "Another mother, X," is not X's owner
		boolean severalOf = !ONLY_ONE_OF.contains(kin);
		for (int t = before - 1; t > 0 && before - t < MAX_OWNER_LOOKBACK_TOKENS; t--) {
			String lower = doc.get(t).lower();
			if (!lower.equals(plural) && !(severalOf && lower.equals(kin))) {
				continue;
			}
			for (int mark = t - 1; mark > 0 && t - mark <= 3 && !doc.boundaryBefore(mark + 1); mark--) {
				if (NameFinder.isPossessiveMark(doc.get(mark))) {
					int owner = RoleWords.nameOwningAt(doc, mark);
					// "another" says there are more: she is one of them, not the only one
					return owner < 0 ? null : "one of " + doc.span(owner, mark + 1) + " " + plural;
				}
			}
			return null; // the last such relatives have no named owner
		}
		return null;
	}

}
