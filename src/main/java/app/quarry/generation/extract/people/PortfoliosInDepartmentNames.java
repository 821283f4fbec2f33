package app.quarry.generation.extract.people;

/**
 * "Housing and Urban Development Secretary", "Industry, Trade and Finance Minister": the
 * "and" and the comma of a department's name belong to the title after it, where the same
 * words between two people would part them. Apart from {@link TitleWordsBeforeNames}
 * because telling the two apart takes its own reading.
 */
final class PortfoliosInDepartmentNames {

	private PortfoliosInDepartmentNames() {
	}

	/**
	 * "and" after a portfolio, inside a department's name with the title after it:
	 * "Housing and Urban Development Secretary". Not when it joins two people, a name
	 * ending before it or a title after it ("Senator Roe and Governor Jane Doe"), nor
	 * after a word that may be a name ("Roe and Health Secretary Jane Doe").
	 */
	static boolean andInsideDepartment(DocumentTokens doc, int t, int nameFirst, Mention previous) {
		if (t < 1 || t + 1 >= nameFirst || !doc.get(t).lower().equals("and")
				|| !TitlesBeforeNames.roleNounBetween(doc, t + 2, nameFirst)) {
			return false;
		}
		Token before = doc.get(t - 1);
		Token after = doc.get(t + 1);
		// "Roe and Health Secretary" joins two people; "Ruritanian Economy and Finance
		// Minister" ends its first run on a portfolio
		if (previous != null && previous.endToken == t && !NameLexicon.PORTFOLIOS.contains(before.lower())) {
			return false;
		}
		if (before.word() && after.word() && (!before.capitalized() || doc.boundaryBefore(t - 1))
				&& !after.capitalized()) {
			// "economy and finance minister Jane Roe": two portfolios in lower case, the
			// first capitalized only where it opens the sentence
			return NameLexicon.PORTFOLIOS.contains(before.lower()) && NameLexicon.PORTFOLIOS.contains(after.lower());
		}
		return before.word() && after.word() && before.capitalized() && after.capitalized()
				&& NameLexicon.PORTFOLIOS.contains(before.lower()) && plainCapitalizedWord(after);
	}

	/**
	 * A comma between two capitalized portfolios, the list going on to "and" and a third:
	 * "Industry, Trade and Finance Minister".
	 */
	static boolean commaInsideDepartment(DocumentTokens doc, int t, int nameFirst) {
		if (t < 1 || t + 4 > nameFirst || !doc.get(t).is(",")) {
			return false;
		}
		Token before = doc.get(t - 1);
		Token after = doc.get(t + 1);
		Token and = doc.get(t + 2);
		return before.capitalized() && after.capitalized() && NameLexicon.PORTFOLIOS.contains(before.lower())
				&& NameLexicon.PORTFOLIOS.contains(after.lower()) && and.lower().equals("and")
				&& doc.get(t + 3).capitalized() && NameLexicon.PORTFOLIOS.contains(doc.get(t + 3).lower())
				&& TitlesBeforeNames.roleNounBetween(doc, t + 4, nameFirst);
	}

	private static boolean plainCapitalizedWord(Token token) {
		String lower = token.lower();
		return !NameLexicon.FUNCTION_WORDS.contains(lower) && !NameLexicon.isRoleNoun(lower)
				&& !NameLexicon.TITLES.contains(lower) && !TitlesBeforeNames.COURTESY.contains(lower);
	}

}
