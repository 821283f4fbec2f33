package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A company set off by a clause that names who owns, controls or manages it: "Brovo Co.,
 * 61%-owned by Halden Corp., reported", "Brovo Fund, which is managed by Halden Capital
 * Corp., said", "Brovo Co., which is controlled by Halden Corp., said". The share, when
 * the text gives one, belongs to the relation ("61%-owned by Halden Corp."). Only a name
 * that says it is a company's, or whose owner's name says so, is read, and only when the
 * one behind it is named, so that "a fund managed by professionals" tells nothing a quiz
 * could ask.
 */
final class OwnershipClauses {

	/** Participles that say who stands behind a company, read with "by". */
	private static final Set<String> HELD = NameLexicon.words("owned", "controlled", "managed", "held");

	private static final Set<String> COPULAS = NameLexicon.words("is", "was");

	/** The owner's name and the place that may follow it: "Halden Corp., Austin". */
	private static final int MAX_OWNER_TOKENS = 10;

	private OwnershipClauses() {
	}

	/** The relation set off after the name that ends at {@code end}, or null. */
	static String after(DocumentTokens doc, int start, int end) {
		if (end + 3 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(end + 1)) {
			return null;
		}
		int from = end + 1;
		int verb = from;
		if (doc.get(verb).lower().equals("which") && COPULAS.contains(doc.get(verb + 1).lower())) {
			verb += 2;
		}
		int shareStart = verb;
		verb = afterShare(doc, verb);
		if (verb + 2 >= doc.size() || doc.boundaryBefore(verb) || !HELD.contains(doc.get(verb).lower())
				|| doc.get(verb).capitalized() || !doc.get(verb + 1).lower().equals("by")
				|| !doc.get(verb + 2).capitalized() || doc.boundaryBefore(verb + 2)) {
			return null;
		}
		int ownerEnd = ownerEnd(doc, verb + 2);
		// a short name ("Brovo, managed by Halden Capital Corp.,") is read when the
		// owner's
		// name says it is a company's: a company is what companies own and manage
		boolean companies = OrganisationClauses.organisationName(doc, start, end) || ownerEnd > 0
				&& OrganisationWords.companyName(doc, verb + 2, OrganisationNameRuns.runEnd(doc, verb + 2) + 1);
		return ownerEnd < 0 || !companies ? null : doc.span(shareStart, ownerEnd);
	}

	/** Past "61%-" or "61% ", where the text gives a share; {@code t} otherwise. */
	private static int afterShare(DocumentTokens doc, int t) {
		if (t + 2 < doc.size() && doc.get(t).text().chars().allMatch(Character::isDigit) && doc.get(t + 1).is("%")) {
			return doc.get(t + 2).is("-") ? t + 3 : t + 2;
		}
		return t;
	}

	/**
	 * Where the owner's name, and the place set off by commas after it, end ("Halden
	 * Corp., Austin, said"): at the comma a verb follows, or the sentence's end; -1 when
	 * the clause says more than a name and a place, or does not close.
	 */
	private static int ownerEnd(DocumentTokens doc, int from) {
		int end = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, from));
		int close = end;
		if (close + 1 < doc.size() && doc.get(close).is(",") && doc.get(close + 1).capitalized()
				&& !doc.boundaryBefore(close + 1)) {
			int place = CompanyDescriptions.placeEnd(doc, close + 1);
			if (place > close + 1 && doc.get(place - 1).is(",")) {
				close = place - 1; // "Wilmington, Del.,"
			}
			else if (place > close + 1 && place < doc.size() && doc.get(place).is(",")) {
				close = place; // "Austin,"
			}
		}
		if (close - from > MAX_OWNER_TOKENS) {
			return -1;
		}
		if (close >= doc.size() || doc.boundaryBefore(close) || doc.get(close).is(".")) {
			return close;
		}
		if (!doc.get(close).is(",") || close + 1 >= doc.size()) {
			return -1;
		}
		Token next = doc.get(close + 1);
		boolean verbFollows = !doc.boundaryBefore(close + 1) && next.word() && !next.capitalized()
				&& !NameLexicon.FUNCTION_WORDS.contains(next.lower())
				&& !NameLexicon.PREPOSITIONS.contains(next.lower()) && !next.lower().equals("and")
				&& !next.lower().equals("or");
		return verbFollows ? close : -1;
	}

}
