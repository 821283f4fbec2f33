package app.quarry.generation.extract.people;

/**
 * A country after "of" right behind a person's full name, which says where the person
 * comes from, or whom they represent in sport: "behind Jane Roe of Kenya", "John Doe, of
 * the Netherlands, won". The mirror of a country in the possessive before the name
 * ({@link CountriesBeforeNames}), with the same answer: "someone from" the country.
 */
final class CountriesAfterNames {

	private CountriesAfterNames() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int of = name.endToken;
		boolean setOff = of + 1 < doc.size() && doc.get(of).is(",") && !doc.boundaryBefore(of + 1);
		if (setOff) {
			of++; // "John Doe, of Kenya, won"
		}
		if (name.role != null || name.possessive || !name.multiWordName() || of + 1 >= doc.size()
				|| doc.boundaryBefore(of) || doc.boundaryBefore(of + 1) || !doc.get(of).lower().equals("of")) {
			return;
		}
		String opening = PersonNouns.singular(doc.get(name.firstToken).lower());
		if (opening != null && NameLexicon.TITLES.contains(opening)) {
			// "Presidents Jane Roe of X and ...": a plural title taken into the name
			// would make a question no one could read
			return;
		}
		int first = of + 1;
		boolean article = doc.get(first).lower().equals("the");
		if (article) {
			first++;
		}
		for (int end = first + 1; end <= doc.size() && end - first <= CountryNames.MAX_WORDS; end++) {
			Token last = doc.get(end - 1);
			if (!last.word() || !last.capitalized() || end - 1 > first && doc.boundaryBefore(end - 1)) {
				return;
			}
			String country = doc.span(first, end);
			if (CountryNames.isCountry(country.toLowerCase(java.util.Locale.ROOT))
					&& article == CountryNames.written(country).startsWith("the ") && endsThere(doc, end, setOff)
					&& readsAsPerson(doc, name, end)) {
				name.role = Affiliations.SOMEONE_FROM + CountryNames.written(country);
				name.appositionRole = name.role;
				name.appositionEndToken = setOff && end < doc.size() && doc.get(end).is(",") ? end + 1 : end;
				return;
			}
		}
	}

	/** Pronouns only a person takes. */
	private static final java.util.Set<String> PERSONAL = NameLexicon.words("he", "she", "him", "her", "his", "himself",
			"herself");

	/**
	 * Firms are placed by country as people are ("a stake sold to Acme Holdings of
	 * Japan"), so the name must read as a person's: by its given name or the way the
	 * document calls it ({@link CountriesBeforeNames#readsAsPerson}), by "he" or "she"
	 * next in its clause before any other name ("Jane Roe of Kenya will defend the title
	 * she won"), or by a person's name it is listed with ("behind Tom Hale and Jane Roe
	 * of Kenya").
	 */
	private static boolean readsAsPerson(DocumentTokens doc, Mention name, int end) {
		if (CountriesBeforeNames.readsAsPerson(doc, name)) {
			return true;
		}
		for (int t = end; t < doc.size() && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			if (PERSONAL.contains(token.lower())) {
				return true;
			}
			// "... of France, she said": past a comma the pronoun may be anyone's
			if (!token.word() || token.capitalized()) {
				break;
			}
		}
		int and = name.phraseStartToken - 1;
		if (and < 1 || doc.boundaryBefore(name.phraseStartToken)
				|| !doc.get(and).lower().equals("and") && !doc.get(and).is(",")) {
			return false;
		}
		int first = and;
		while (first > 0 && !doc.boundaryBefore(first) && doc.get(first - 1).word()
				&& doc.get(first - 1).capitalized()) {
			first--;
		}
		// a given name with a surname after it, though a word may describe the person
		// before ("fellow American Tom Hale")
		for (int t = first; t < and - 1; t++) {
			if (NameFinder.givenName(doc.get(t))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The country's name ends the phrase: no longer name goes on ("of Kenya Airways"), it
	 * owns nothing ("of Britain's biggest bank"), and a phrase set off by a comma closes
	 * with one or with the sentence.
	 */
	private static boolean endsThere(DocumentTokens doc, int end, boolean setOff) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return true;
		}
		Token next = doc.get(end);
		if (setOff) {
			return next.is(",") || next.is(".");
		}
		return !NameFinder.isPossessiveMark(next) && !next.is("&") && !(next.word() && next.capitalized());
	}

}
