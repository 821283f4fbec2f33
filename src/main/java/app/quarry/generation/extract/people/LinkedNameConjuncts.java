package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "the Westria Coalition for Migrant and Worker Rights", "the Office of Trade and Public
 * Works": a body's name may join two capitalized runs by "and" after its "of" or "for".
 * The run after "and" is then the end of that name, never a person of its own ("Who is
 * Worker Rights?").
 */
final class LinkedNameConjuncts {

	/** Links that open the tail of a body's name. */
	private static final Set<String> LINKS = NameLexicon.words("of", "for", "on");

	/** The capitalized words a tail may hold before "and": "Migrant", "Trade and". */
	private static final int MAX_FIRST_CONJUNCT = 3;

	private LinkedNameConjuncts() {
	}

	/**
	 * Whether the run from {@code runStart} follows "and", a capitalized run, a link and
	 * a word that names a body ("Coalition", "Office", "Fund"). A run opening with a
	 * given name is a person after all ("a lawyer for the Office of Trade and Jane Roe").
	 */
	static boolean secondConjunct(DocumentTokens doc, int runStart) {
		int and = runStart - 1;
		if (and < 3 || doc.boundaryBefore(runStart) || doc.boundaryBefore(and) || !doc.get(and).lower().equals("and")
				|| NameFinder.givenName(doc.get(runStart))) {
			return false;
		}
		int first = and - 1;
		while (first > 0 && and - first <= MAX_FIRST_CONJUNCT && doc.get(first).capitalized()
				&& !doc.boundaryBefore(first)) {
			if (LINKS.contains(doc.get(first - 1).lower()) && first >= 2 && !doc.boundaryBefore(first - 1)) {
				Token head = doc.get(first - 2);
				return head.capitalized() && bodyWord(head.lower());
			}
			first--;
		}
		return false;
	}

	private static boolean bodyWord(String lower) {
		return NameLexicon.NOT_NAMES.contains(lower) || OrganisationWords.NOUNS.contains(lower)
				|| lower.equals("campaign");
	}

}
