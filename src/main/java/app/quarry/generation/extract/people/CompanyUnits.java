package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.OrganisationNameRuns.MAX_NAME_TOKENS;
import static app.quarry.generation.extract.people.OrganisationFinder.ARTICLES;
import static app.quarry.generation.extract.people.OrganisationFinder.VERBS;

/**
 * A business named with the noun for what a company owns: "Zentrix Corp.'s Brovo Foods
 * unit" and "the Brovo Foods unit of Zentrix Corp." are "a unit of Zentrix Corp.", the
 * owner read from a possessive, from "of" after the noun, or from the subject of the verb
 * before "its" ("Zentrix closed its Brovo Inc. tile business").
 */
final class CompanyUnits {

	/** What a company calls the businesses it owns. */
	private static final Set<String> UNITS = NameLexicon.words("unit", "subsidiary", "division", "affiliate", "arm",
			"business");

	/** "disk-drive" in "Zentrix's Brovo disk-drive business" (a hyphen is a token). */
	private static final int MAX_UNIT_MODIFIERS = 3;

	private CompanyUnits() {
	}

	/**
	 * "Zentrix Corp.'s Brovo Foods unit" and "the Brovo Foods unit of Zentrix Corp.": "a
	 * unit of Zentrix Corp."; with words that say what the unit does, "Zentrix's Brovo
	 * disk-drive business" is "Zentrix's disk-drive business", and "Zentrix closed its
	 * Brovo Inc. tile business" the same of Zentrix.
	 */
	static String unitOf(DocumentTokens doc, int start, int end, String leadCompany) {
		int nounAt = end;
		while (nounAt < doc.size() && nounAt - end <= MAX_UNIT_MODIFIERS && !doc.boundaryBefore(nounAt)
				&& !UNITS.contains(doc.get(nounAt).lower()) && unitModifier(doc.get(nounAt))) {
			nounAt++;
		}
		if (nounAt + 1 >= doc.size() || doc.boundaryBefore(nounAt) || !UNITS.contains(doc.get(nounAt).lower())
				|| nounAt == end && doc.get(nounAt).lower().equals("business")) {
			return null; // "Brovo business" alone may be business done with Brovo
		}
		String what = doc.span(nounAt, nounAt + 1);
		if (nounAt > end) {
			what = doc.span(end, nounAt + 1);
		}
		String unit = (what.startsWith("a") || what.startsWith("e") || what.startsWith("i") || what.startsWith("o")
				? "an " : "a ") + what + " of ";
		if (start >= 2 && doc.get(start - 1).lower().equals("the") && doc.get(nounAt + 1).lower().equals("of")
				&& nounAt + 2 < doc.size() && doc.get(nounAt + 2).capitalized() && !doc.boundaryBefore(nounAt + 2)) {
			int ownerEnd = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, nounAt + 2));
			return unit + doc.span(nounAt + 2, ownerEnd);
		}
		String owner = start >= 3 && doc.get(start - 1).lower().equals("its") && !doc.boundaryBefore(start)
				? subjectOfVerb(doc, start - 2) : possessiveOwner(doc, start);
		if (owner != null && owner.equalsIgnoreCase("company")) {
			owner = leadCompany; // "the company's Brovo unit": the company the story is
									// about
		}
		if (owner == null) {
			return null;
		}
		return nounAt == end ? unit + owner : owner + (owner.endsWith("s") ? "' " : "'s ") + what;
	}

	/** "Zentrix Corp.'s" right before {@code start}: "Zentrix Corp.", or null. */
	private static String possessiveOwner(DocumentTokens doc, int start) {
		int mark = start - 1;
		if (mark >= 1 && doc.get(mark).lower().equals("s") && doc.get(mark - 1).is("'")) {
			mark--; // "Co.'s" splits its possessive
		}
		else if (mark < 1 || !NameFinder.isPossessiveMark(doc.get(mark))) {
			return null;
		}
		int ownerEnd = mark;
		int owner = mark;
		if (owner >= 2 && doc.get(owner - 1).is(".")
				&& OrganisationWords.COMPANY_ABBREVIATIONS.contains(doc.get(owner - 2).lower())) {
			owner--;
		}
		while (owner > 0 && ownerEnd - owner < MAX_NAME_TOKENS && !doc.boundaryBefore(owner)
				&& (doc.get(owner - 1).capitalized() || doc.get(owner - 1).is("&"))
				&& !ARTICLES.contains(doc.get(owner - 1).lower())) {
			owner--;
		}
		if (doc.boundaryBefore(start) || doc.boundaryBefore(mark)) {
			return null;
		}
		if (owner == ownerEnd) {
			boolean theCompany = owner >= 2 && doc.get(owner - 1).lower().equals("company")
					&& doc.get(owner - 2).lower().equals("the") && !doc.boundaryBefore(owner - 1);
			return theCompany ? "company" : null;
		}
		return doc.span(owner, ownerEnd);
	}

	/**
	 * "Zentrix closed its": the name right before the one verb before "its", whose "its"
	 * it is; null when the words there are no name and a verb.
	 */
	private static String subjectOfVerb(DocumentTokens doc, int verb) {
		Token token = doc.get(verb);
		if (verb < 1 || doc.boundaryBefore(verb) || !token.word() || token.capitalized()
				|| NameLexicon.FUNCTION_WORDS.contains(token.lower())
				|| NameLexicon.PREPOSITIONS.contains(token.lower())) {
			return null;
		}
		int owner = verb;
		while (owner > 0 && verb - owner < MAX_NAME_TOKENS && doc.get(owner - 1).capitalized()
				&& !ARTICLES.contains(doc.get(owner - 1).lower())
				&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(owner - 1).lower())) {
			owner--;
			if (doc.boundaryBefore(owner)) {
				break;
			}
		}
		boolean honorific = NameLexicon.HONORIFICS.contains(doc.get(owner).lower()); // "Mr.
																						// Lee
																						// said
																						// its"
		return owner < verb && !honorific && !OrganisationNameRuns.placeOrPeople(doc, owner, verb)
				? doc.span(owner, verb) : null;
	}

	/** A lower-case word that says what a unit does: "disk-drive", "foods". */
	private static boolean unitModifier(Token token) {
		String lower = token.lower();
		return (token.word() || token.is("-")) && !token.capitalized() && !ARTICLES.contains(lower)
				&& !VERBS.contains(lower) && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !lower.equals("and");
	}

}
