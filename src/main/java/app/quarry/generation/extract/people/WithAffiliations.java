package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The firm a quoted analyst is with, set off by commas after the name: "Jane Roe, with
 * Halden Securities, estimated that ...". Only a name that says it is a firm's counts:
 * "Tom Hale, with Ann Lee, arrived" is company, not an employer.
 */
final class WithAffiliations {

	/** Last words of a firm's name in financial news. */
	private static final Set<String> FIRM_ENDINGS = NameLexicon.words("capital", "securities", "partners", "associates",
			"group", "bank", "research", "investments", "management", "advisors", "advisers", "consulting", "holdings",
			"markets", "trading", "insurance", "brokerage", "equities", "funds");

	private static final int MAX_FIRM_TOKENS = 6;

	private WithAffiliations() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int comma = name.endToken;
		int with = comma + 1;
		if (!name.multiWordName() || with + 2 >= doc.size() || !doc.get(comma).is(",")
				|| !doc.get(with).lower().equals("with") || doc.boundaryBefore(with) || doc.boundaryBefore(with + 1)) {
			return;
		}
		int first = with + 1;
		int end = first;
		while (end < doc.size() && end - first < MAX_FIRM_TOKENS && !doc.boundaryBefore(end)
				&& (doc.get(end).capitalized() && doc.get(end).word() || doc.get(end).is("&")
						|| StrippedAmpersands.inName(doc, first, end))) {
			end++;
		}
		end = OrganisationWords.withAbbreviationPeriod(doc, end);
		// the firm closes the apposition, and the sentence's verb follows it
		if (end == first || end + 1 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(end + 1)
				|| !doc.get(end + 1).word() || doc.get(end + 1).capitalized()
				|| NameLexicon.FUNCTION_WORDS.contains(doc.get(end + 1).lower())) {
			return;
		}
		String last = doc.get(end - 1).lower();
		if (!OrganisationWords.companyName(doc, first, end) && !FIRM_ENDINGS.contains(last)
				&& !OrganisationWords.COMPANY_ABBREVIATIONS.contains(last)) {
			return;
		}
		String affiliation = Affiliations.SOMEONE_AT + doc.span(first, end);
		name.appositionEndToken = end;
		name.appositionRole = affiliation;
		name.role = name.role == null ? affiliation : name.role;
	}

}
