package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.OrganisationNameRuns.MAX_NAME_TOKENS;
import static app.quarry.generation.extract.people.OrganisationFinder.VERBS;

/**
 * An organisation described by its relation to another, set off by a comma before its
 * name: "Boeing's European rival, Airbus,", "Acme's parent company, Borex", and with
 * "its" for the organisation the sentence, or the one before it, is about: "General
 * Motors said it would cut jobs at its European division, Opel" (General Motors' European
 * division, whose "its" {@link ItsOwners} reads); and the owner a passive names ("Airbus
 * is owned by ..."). A unit named with its owner is read by {@link CompanyUnits}.
 */
final class OrganisationRelations {

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/** Adjectives of a description that the name rules count as function words. */
	private static final Set<String> AGE_WORDS = NameLexicon.words("new", "old", "former", "top", "senior");

	private static final Set<String> COPULAS = NameLexicon.words("is", "was", "are", "were");

	private static final Set<String> OWNERS = NameLexicon.words("owner", "owners", "parent");

	private OrganisationRelations() {
	}

	/**
	 * The relation that ends with a comma right before {@code start}, or null. An
	 * "owner", a "parent", a "shareholder" or an "arm" may be a person's too, so it is
	 * taken only for a name that says it is a company's ("Acme's owner, Halden & Co.").
	 */
	static String possessedBefore(DocumentTokens doc, int start, int end) {
		int nounAt = start - 2;
		if (nounAt < 2 || !doc.get(start - 1).is(",") || doc.boundaryBefore(start) || doc.boundaryBefore(start - 1)
				|| doc.get(nounAt).capitalized()) {
			return null;
		}
		String noun = doc.get(nounAt).lower();
		if (!OrganisationWords.NOUNS.contains(noun)
				&& !((OWNERS.contains(noun) || OrganisationWords.HOLDERS.contains(noun)
						|| OrganisationWords.UNITS.contains(noun)) && OrganisationWords.companyName(doc, start, end))) {
			return null;
		}
		int mark = nounAt - 1;
		while (mark > 0 && nounAt - mark <= 4 && !doc.boundaryBefore(mark + 1)
				&& !NameFinder.isPossessiveMark(doc.get(mark)) && !StatedPlaces.pluralPossessive(doc, mark)
				&& !its(doc, mark)) {
			Token token = doc.get(mark);
			String lower = token.lower();
			if (!token.word() || ARTICLES.contains(lower) || VERBS.contains(lower)
					|| NameLexicon.FUNCTION_WORDS.contains(lower) && !AGE_WORDS.contains(lower)
					|| NameLexicon.PREPOSITIONS.contains(lower)) {
				return null;
			}
			mark--;
		}
		if (its(doc, mark)) {
			// "Acme bought Brovo and its subsidiary, Delta": "its" is Brovo's, which
			// OwnedUnits reads
			String owner = mark >= 1 && doc.get(mark - 1).lower().equals("and") ? null
					: ItsOwners.ownerOfIts(doc, mark);
			return owner == null ? null : owner + (owner.endsWith("s") ? "' " : "'s ") + doc.span(mark + 1, nounAt + 1);
		}
		// "the Rolling Stones' record company, Velvet Records": a plural owner's bare
		// apostrophe marks it as "'s" does
		boolean possessive = NameFinder.isPossessiveMark(doc.get(mark)) || StatedPlaces.pluralPossessive(doc, mark);
		if (mark < 1 || !possessive || doc.boundaryBefore(mark)) {
			return null;
		}
		int ownerEnd = mark;
		if (mark >= 2 && doc.get(mark - 1).is(".")
				&& OrganisationWords.COMPANY_ABBREVIATIONS.contains(doc.get(mark - 2).lower())) {
			ownerEnd--; // "Halden Corp.'s"
		}
		int owner = ownerEnd;
		while (owner > 0 && ownerEnd - owner < MAX_NAME_TOKENS && !doc.boundaryBefore(owner)
				&& doc.get(owner - 1).capitalized() && !ARTICLES.contains(doc.get(owner - 1).lower())) {
			owner--;
		}
		if (owner == ownerEnd) {
			return null;
		}
		return doc.span(owner, nounAt + 1);
	}

	/**
	 * "Airbus is owned by European Aeronautic Defense & Space Company (EADS)": the owner
	 * of the sentence's subject, named by its short name when the text gives one in
	 * brackets.
	 */
	static String ownerOf(DocumentTokens doc, int start, int end) {
		int by = start - 1;
		if (start >= 2 && doc.get(start - 1).is("(") && end < doc.size() && doc.get(end).is(")")) {
			// the short name in brackets after the full one
			int fullEnd = start - 1;
			int fullStart = fullEnd;
			while (fullStart > 0 && !doc.boundaryBefore(fullStart)
					&& (doc.get(fullStart - 1).capitalized() || doc.get(fullStart - 1).is("&"))) {
				fullStart--;
			}
			by = fullStart == fullEnd ? -1 : fullStart - 1;
		}
		else if (end < doc.size() && doc.get(end).is("(")) {
			return null; // the short name that follows is asked instead
		}
		if (by < 3 || doc.boundaryBefore(by + 1) || !doc.get(by).lower().equals("by")
				|| !doc.get(by - 1).lower().equals("owned") || !COPULAS.contains(doc.get(by - 2).lower())) {
			return null;
		}
		int subjectEnd = by - 2;
		int subjectStart = subjectEnd;
		while (subjectStart > 0 && !doc.boundaryBefore(subjectStart) && doc.get(subjectStart - 1).capitalized()) {
			subjectStart--;
		}
		boolean opens = subjectStart < subjectEnd
				&& (doc.boundaryBefore(subjectStart) || doc.get(subjectStart - 1).is(","));
		return opens ? "the owner of " + doc.span(subjectStart, subjectEnd) : null;
	}

	private static boolean its(DocumentTokens doc, int t) {
		return t >= 0 && doc.get(t).lower().equals("its");
	}

}
