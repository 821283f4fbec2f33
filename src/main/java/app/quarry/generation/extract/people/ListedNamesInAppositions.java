package app.quarry.generation.extract.people;

/**
 * "Jane Roe, Norland's Ministry of Trade, Industry, Fisheries and Forests, said": the
 * commas of a list of capitalised names after "of", closed by "and", join the parts of
 * one body's name, so they do not end the description set off after the person.
 */
final class ListedNamesInAppositions {

	/** How many tokens the list may run on either side of one of its commas. */
	private static final int MAX_LIST_TOKENS = 12;

	private ListedNamesInAppositions() {
	}

	/**
	 * Whether the comma at {@code comma}, inside the apposition from {@code first}, joins
	 * such a list.
	 */
	static boolean goesOn(DocumentTokens doc, int first, int comma) {
		if (comma < 1 || comma + 1 >= doc.size() || !doc.get(comma).is(",") || doc.boundaryBefore(comma + 1)
				|| !capitalisedWord(doc.get(comma - 1)) || !capitalisedWord(doc.get(comma + 1))) {
			return false;
		}
		return opensAfterOf(doc, first, comma) && closedByAnd(doc, comma);
	}

	/**
	 * "Jane Roe, Norland's Ministry of Energy, Coastal Affairs and Sea, said": the person
	 * set off before a body's name whose list items read like a name ("Coastal Affairs"),
	 * when that item stands in the list that closes right before the verb; null
	 * otherwise.
	 */
	static Mention personBeforeList(DocumentPeople people, Mention item, int verb) {
		DocumentTokens doc = people.doc;
		int comma = item.phraseStartToken - 1;
		if (comma < 1 || !goesOn(doc, 0, comma) || verb < 1 || !doc.get(verb - 1).is(",")) {
			return null;
		}
		for (int t = item.endToken; t < verb - 1; t++) {
			if (!capitalisedWord(doc.get(t)) && !doc.get(t).lower().equals("and") && !doc.get(t).is(",")) {
				return null;
			}
		}
		int of = comma - 1;
		while (of > 0 && !doc.get(of).lower().equals("of")) {
			of--;
		}
		return AppositionHeads.namedPersonBeforeComma(people, of - 1, item);
	}

	private static boolean opensAfterOf(DocumentTokens doc, int first, int comma) {
		for (int t = comma - 1; t > first && comma - t <= MAX_LIST_TOKENS; t--) {
			Token token = doc.get(t);
			if (token.lower().equals("of")) {
				return capitalisedWord(doc.get(t + 1));
			}
			if (!capitalisedWord(token) && !token.is(",")) {
				return false;
			}
		}
		return false;
	}

	private static boolean closedByAnd(DocumentTokens doc, int comma) {
		for (int t = comma + 1; t + 1 < doc.size() && t - comma <= MAX_LIST_TOKENS && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			if (token.lower().equals("and")) {
				return capitalisedWord(doc.get(t - 1)) && capitalisedWord(doc.get(t + 1));
			}
			if (!capitalisedWord(token) && !token.is(",")) {
				return false;
			}
		}
		return false;
	}

	private static boolean capitalisedWord(Token token) {
		return token.word() && token.capitalized();
	}

}
