package app.quarry.generation.extract.people;

/**
 * A role "its" gives a name set off by commas, in a sentence that names one company
 * before it: "Quist Inc.'s finance chief resigned and its chairman, Rita Hagen, is
 * stepping in" makes Rita Hagen the chairman of Quist Inc. With two companies named,
 * "its" may be either's, and no role is given.
 */
final class CompanyRoles {

	private static final int MAX_ROLE_WORDS = 3;

	private CompanyRoles() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int comma = name.phraseStartToken - 1;
		if (comma < 3 || !doc.get(comma).is(",") || doc.boundaryBefore(name.phraseStartToken)
				|| !RoleWords.closedAfter(doc, name) || !NameLexicon.isRoleNoun(doc.get(comma - 1).lower())) {
			return;
		}
		int its = comma - 1;
		while (its > 0 && comma - its <= MAX_ROLE_WORDS && !doc.boundaryBefore(its) && doc.get(its).word()
				&& !doc.get(its).capitalized() && !doc.get(its).lower().equals("its")) {
			its--;
		}
		if (!doc.get(its).lower().equals("its") || its + 1 >= comma) {
			return;
		}
		String company = onlyCompanyBefore(doc, its);
		if (company != null) {
			name.role = doc.span(its + 1, comma) + " of " + company;
		}
	}

	/**
	 * The one name with a company's suffix in the sentence before {@code at}, or null.
	 */
	static String onlyCompanyBefore(DocumentTokens doc, int at) {
		int start = at;
		while (start > 0 && !doc.startsSentence[start]) {
			start--;
		}
		String found = null;
		for (int t = start; t < at; t++) {
			if (!doc.get(t).capitalized()) {
				continue;
			}
			int end = Math.min(at, OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, t)));
			if (OrganisationWords.companyName(doc, t, end)) {
				String company = doc.span(t, end);
				if (found != null && !found.equals(company)) {
					return null;
				}
				found = company;
			}
			t = end - 1;
		}
		return found;
	}

}
