package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * What an organisation is, told by "is" or "was" between its name and its relation to
 * another organisation: "Norbank is Brovo's lead French bank." and, turned round,
 * "Brovo's biggest creditor is Leeds-based Halden Inc.". A holder of shares or debts
 * ("creditor", "shareholder") may be a person, so it is read only of a name that says it
 * is a company's.
 */
final class OrganisationCopulas {

	private static final Set<String> COPULAS = NameLexicon.words("is", "was");

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/** Words between the owner's possessive and the noun: "lead French". */
	private static final int MAX_MODIFIERS = 3;

	private OrganisationCopulas() {
	}

	/** "Norbank is Brovo's lead French bank.": "Brovo's lead French bank". */
	static String possessedAfter(DocumentTokens doc, int start, int end) {
		if (!doc.boundaryBefore(start) || end + 3 >= doc.size() || doc.boundaryBefore(end)
				|| !COPULAS.contains(doc.get(end).lower())) {
			return null;
		}
		int owner = end + 1;
		int mark = owner;
		while (mark < doc.size() && mark - owner < OrganisationNameRuns.MAX_NAME_TOKENS && !doc.boundaryBefore(mark)
				&& doc.get(mark).capitalized() && !NameFinder.isPossessiveMark(doc.get(mark))) {
			mark++;
		}
		if (mark == owner || mark >= doc.size() || doc.boundaryBefore(mark)
				|| !NameFinder.isPossessiveMark(doc.get(mark))) {
			return null;
		}
		int last = mark + 1;
		while (last < doc.size() && !doc.boundaryBefore(last) && last - mark <= MAX_MODIFIERS + 1
				&& modifierOrNoun(doc.get(last))) {
			last++;
		}
		boolean closed = last >= doc.size() || doc.boundaryBefore(last) || doc.get(last).is(".")
				|| doc.get(last).is(",") || doc.get(last).is(";");
		if (!closed || last == mark + 1 || !describesOrganisation(doc, last - 1, start, end)) {
			return null;
		}
		return doc.span(owner, last);
	}

	/**
	 * "Brovo's biggest creditor is Leeds-based Halden Inc.": "Brovo's biggest creditor",
	 * when the relation opens the sentence and the name closes the clause.
	 */
	static String possessedBefore(DocumentTokens doc, int start, int end) {
		int copula = start - 1;
		if (copula >= 1 && OrganisationShapes.qualifier(doc, copula, copula + 1) && !doc.boundaryBefore(copula)) {
			copula--; // "is Leeds-based Halden Inc."
		}
		// "Halden Inc. Its ships ...": the abbreviation's period ends the sentence too
		boolean closes = end >= doc.size() || doc.boundaryBefore(end) || doc.get(end).is(",") || doc.get(end).is(".")
				|| doc.get(end).is(";") || doc.get(end - 1).is(".") && doc.get(end).capitalized();
		if (copula < 3 || !closes || doc.boundaryBefore(copula + 1) || doc.boundaryBefore(copula)
				|| !COPULAS.contains(doc.get(copula).lower())) {
			return null;
		}
		int noun = copula - 1;
		if (!describesOrganisation(doc, noun, start, end)) {
			return null;
		}
		int mark = noun - 1;
		while (mark > 0 && noun - mark <= MAX_MODIFIERS && !doc.boundaryBefore(mark + 1)
				&& !NameFinder.isPossessiveMark(doc.get(mark)) && modifierOrNoun(doc.get(mark))) {
			mark--;
		}
		if (mark < 1 || !NameFinder.isPossessiveMark(doc.get(mark)) || doc.boundaryBefore(mark)) {
			return null;
		}
		int owner = mark;
		while (owner > 0 && mark - owner < OrganisationNameRuns.MAX_NAME_TOKENS && !doc.boundaryBefore(owner)
				&& doc.get(owner - 1).capitalized() && !ARTICLES.contains(doc.get(owner - 1).lower())) {
			owner--;
		}
		return owner < mark && doc.boundaryBefore(owner) ? doc.span(owner, noun + 1) : null;
	}

	private static boolean modifierOrNoun(Token token) {
		String lower = token.lower();
		return (token.word() || token.is("-")) && !NameFinder.isPossessiveMark(token) && !ARTICLES.contains(lower)
				&& !OrganisationFinder.VERBS.contains(lower) && !NameLexicon.PREPOSITIONS.contains(lower)
				&& !lower.equals("and");
	}

	private static boolean describesOrganisation(DocumentTokens doc, int noun, int start, int end) {
		Token token = doc.get(noun);
		String lower = token.lower();
		return !token.capitalized() && (OrganisationWords.NOUNS.contains(lower)
				|| OrganisationWords.HOLDERS.contains(lower) && OrganisationWords.companyName(doc, start, end));
	}

}
