package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A monarch is called by the name he reigns under, after his title, and often by his
 * realm after it: "King Kassem of Norland" is the King of Norland. (That the name is no
 * other person's surname is {@link RulersByGivenName}'s to say.)
 */
final class RegnalNames {

	/** Titles a reigning name follows. */
	private static final Set<String> TITLES = NameLexicon.words("king", "queen", "emperor", "empress", "sultan", "shah",
			"emir", "tsar", "czar", "pharaoh", "pope");

	private RegnalNames() {
	}

	/** A single name right after a monarch's title. */
	static boolean reigning(DocumentTokens doc, Mention name) {
		int title = name.firstToken - 1;
		return !name.multiWordName() && title >= 0 && !doc.boundaryBefore(name.firstToken)
				&& TITLES.contains(doc.get(title).lower());
	}

	/**
	 * "King Hussein of Jordan": the realm after the name joins the title, "King of
	 * Jordan", where the title is all the role the name was given.
	 */
	static void addRealm(DocumentTokens doc, Mention name) {
		int of = name.endToken;
		if (name.role == null || !reigning(doc, name)
				|| !name.role.equalsIgnoreCase(doc.get(name.firstToken - 1).text()) || of + 1 >= doc.size()
				|| !doc.get(of).lower().equals("of") || doc.boundaryBefore(of + 1)) {
			return;
		}
		int end = of + 1;
		while (end < doc.size() && end - of <= 3 && !doc.boundaryBefore(end) && doc.get(end).capitalized()
				&& !NameFinder.isPossessiveMark(doc.get(end))) {
			end++;
		}
		if (end > of + 1 && (end >= doc.size() || doc.boundaryBefore(end) || !doc.get(end).capitalized())) {
			name.role = name.role + " of " + doc.span(of + 1, end);
		}
	}

}
