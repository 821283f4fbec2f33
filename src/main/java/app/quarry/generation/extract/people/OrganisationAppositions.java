package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * What an organisation is, told in an apposition after its name: "Magna, a Canadian
 * automobile parts company,", "Zentrix, the county's oldest lender and its only savings
 * bank,", "Brovo Ltd., one of a group of companies owned by Zentrix,".
 */
final class OrganisationAppositions {

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	private static final int MAX_DESCRIPTION_TOKENS = 12;

	/** Nouns for people that the role words leave out. */
	private static final Set<String> PERSON_NOUNS = NameLexicon.words("member", "members", "head", "founder",
			"co-founder", "employee", "worker", "fan", "supporter", "veteran", "partner", "student", "graduate",
			"volunteer", "player", "coach", "friend", "son", "daughter", "father", "mother", "wife", "husband");

	private static final Set<String> COPULAS = NameLexicon.words("is", "was");

	/** "one of a group of closely held companies owned by ..." runs longer. */
	private static final int MAX_ONE_OF_TOKENS = 16;

	private OrganisationAppositions() {
	}

	/** "Magna, a Canadian automobile parts company," */
	static String after(DocumentTokens doc, int end) {
		if (end + 2 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(end + 1)) {
			return null;
		}
		int first = end + 1;
		Token opener = doc.get(first);
		boolean possessiveOpener = opener.capitalized() && first + 1 < doc.size()
				&& NameFinder.isPossessiveMark(doc.get(first + 1));
		boolean oneOf = opener.lower().equals("one") && first + 1 < doc.size()
				&& doc.get(first + 1).lower().equals("of");
		if (!ARTICLES.contains(opener.lower()) && !possessiveOpener && !oneOf) {
			return null;
		}
		int last = first;
		while (last < doc.size() && last - first < (oneOf ? MAX_ONE_OF_TOKENS : MAX_DESCRIPTION_TOKENS)
				&& (last == first || !doc.boundaryBefore(last)) && (doc.get(last).word() || doc.get(last).is("-"))) {
			if (OrganisationFinder.VERBS.contains(doc.get(last).lower())) {
				return null;
			}
			last++;
		}
		boolean closed = last >= doc.size() || doc.boundaryBefore(last) || doc.get(last).is(",")
				|| doc.get(last).is(".") || doc.get(last).is(";");
		if (personBeforeOrganisation(doc, first, last)) {
			return null;
		}
		if (!closed || last - first < 2
				|| !(oneOf ? namesOrganisations(doc, first, last) : endsInOrganisationNoun(doc, first, last))) {
			return null;
		}
		return doc.span(first, last);
	}

	private static boolean endsInOrganisationNoun(DocumentTokens doc, int first, int last) {
		for (int t = first; t < last; t++) {
			String lower = doc.get(t).lower();
			if (OrganisationWords.NOUNS.contains(lower) && !doc.get(t).capitalized()
					&& (t + 1 == last || doc.get(t + 1).lower().equals("of") || doc.get(t + 1).lower().equals("in")
							|| doc.get(t + 1).lower().equals("and") || doc.get(t + 1).lower().equals("for")
							|| doc.get(t + 1).lower().equals("based"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Zentrix, whose main business is making boilers, pumps and valves, said ...":
	 * "whose main business is making boilers, pumps and valves", up to the comma a verb
	 * follows.
	 */
	static String whoseBusiness(DocumentTokens doc, int end) {
		int whose = end + 1;
		if (whose + 3 >= doc.size() || !doc.get(end).is(",") || !doc.get(whose).lower().equals("whose")
				|| doc.boundaryBefore(whose)) {
			return null;
		}
		int business = doc.get(whose + 1).lower().equals("business") ? whose + 1 : whose + 2;
		if (!doc.get(business).lower().equals("business") || business + 1 >= doc.size()
				|| !COPULAS.contains(doc.get(business + 1).lower())) {
			return null;
		}
		for (int t = business + 2; t + 1 < doc.size() && !doc.boundaryBefore(t)
				&& t - whose <= MAX_ONE_OF_TOKENS; t++) {
			Token next = doc.get(t + 1);
			if (doc.get(t).is(",") && !doc.boundaryBefore(t + 1) && next.word() && !next.capitalized()
					&& (OrganisationFinder.VERBS.contains(next.lower()) || SpeechVerbs.isSpeechVerb(next.lower()))) {
				return t - business > 2 ? doc.span(whose, t) : null;
			}
		}
		return null;
	}

	/**
	 * "a member of the union", "an analyst at the bank": a person's noun before the first
	 * noun of an organisation makes the apposition a person's.
	 */
	private static boolean personBeforeOrganisation(DocumentTokens doc, int first, int last) {
		for (int t = first; t < last; t++) {
			String lower = doc.get(t).lower();
			if (OrganisationWords.NOUNS.contains(lower)) {
				return false;
			}
			if (NameLexicon.isRoleNoun(lower) || PERSON_NOUNS.contains(lower)) {
				return true;
			}
		}
		return false;
	}

	/** "one of ... companies": a plural noun of organisations in the description. */
	private static boolean namesOrganisations(DocumentTokens doc, int first, int last) {
		for (int t = first + 2; t < last; t++) {
			String lower = doc.get(t).lower();
			String singular = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
					: lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
			if (!lower.equals(singular) && OrganisationWords.NOUNS.contains(singular)) {
				return true;
			}
		}
		return false;
	}

}
