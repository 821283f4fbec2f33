package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The nouns that tell whether the words set off after an organisation's name describe an
 * organisation (a company, a unit, a holder of another) or a person (a member, an
 * analyst): the tests OrganisationAppositions puts to a description once it knows where
 * it ends, kept apart from the reading of where it ends.
 */
final class DescriptionNouns {

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/** Nouns for people that the role words leave out. */
	private static final Set<String> PERSON_NOUNS = NameLexicon.words("member", "members", "head", "founder",
			"co-founder", "employee", "worker", "fan", "supporter", "veteran", "partner", "student", "graduate",
			"volunteer", "player", "coach", "friend", "son", "daughter", "father", "mother", "wife", "husband");

	/** Participles of holding an organisation: "controlled by the Farrel family". */
	private static final Set<String> HELD = NameLexicon.words("controlled", "owned", "held", "run", "led", "backed");

	private DescriptionNouns() {
	}

	/** "company", "shareholder", "unit": a noun that names a kind of organisation. */
	static boolean organisationNoun(String head) {
		return OrganisationWords.NOUNS.contains(head) || OrganisationWords.HOLDERS.contains(head)
				|| OrganisationWords.UNITS.contains(head);
	}

	/**
	 * "Brovo's controlling shareholder", "the parent of Brovo", "the biggest shareholder
	 * in Brovo": the description of a holder of another organisation.
	 */
	static boolean holds(DocumentTokens doc, int first, int last) {
		Token opener = doc.get(first);
		for (int t = first + 1; t < last; t++) {
			boolean closes = t + 1 == last
					|| t + 2 < last && (doc.get(t + 1).lower().equals("of") || doc.get(t + 1).lower().equals("in"))
							&& doc.get(t + 2).capitalized();
			if (OrganisationWords.HOLDERS.contains(doc.get(t).lower()) && closes) {
				return t + 1 == last ? !ARTICLES.contains(opener.lower()) : ARTICLES.contains(opener.lower());
			}
		}
		return false;
	}

	static boolean endsInOrganisationNoun(DocumentTokens doc, int first, int last) {
		for (int t = first; t < last; t++) {
			String lower = doc.get(t).lower();
			boolean noun = OrganisationWords.NOUNS.contains(lower) || OrganisationWords.UNITS.contains(lower);
			if (noun && !doc.get(t).capitalized()
					&& (t + 1 == last || doc.get(t + 1).lower().equals("of") || doc.get(t + 1).lower().equals("in")
							|| doc.get(t + 1).lower().equals("and") || doc.get(t + 1).lower().equals("for")
							|| doc.get(t + 1).lower().equals("based") || controlledBy(doc, t + 1, last))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "a Dallas oil concern controlled by the Farrel family": who holds the organisation,
	 * told after its noun.
	 */
	private static boolean controlledBy(DocumentTokens doc, int t, int last) {
		return t + 2 < last && HELD.contains(doc.get(t).lower()) && doc.get(t + 1).lower().equals("by");
	}

	/**
	 * "a member of the union", "an analyst at the bank": a person's noun before the first
	 * noun of an organisation makes the apposition a person's.
	 */
	static boolean personBeforeOrganisation(DocumentTokens doc, int first, int last) {
		for (int t = first; t < last; t++) {
			String lower = doc.get(t).lower();
			if (OrganisationWords.NOUNS.contains(lower)) {
				return false;
			}
			// "a sub-prime lender": a word before the organisation's noun modifies it
			boolean modifiesNoun = t + 1 < last && OrganisationWords.NOUNS.contains(doc.get(t + 1).lower());
			if ((NameLexicon.isRoleNoun(lower) || PERSON_NOUNS.contains(lower)) && !modifiesNoun) {
				return true;
			}
		}
		return false;
	}

	/** "one of ... companies": a plural noun of organisations in the description. */
	static boolean namesOrganisations(DocumentTokens doc, int first, int last) {
		for (int t = first + 2; t < last; t++) {
			if (OrganisationWords.singular(doc.get(t).lower()) != null) {
				return true;
			}
		}
		return false;
	}

}
