package app.quarry.generation.extract.people;

import java.util.HashSet;
import java.util.Set;

/**
 * A country written in the possessive right before a person's full name, which says where
 * the person comes from, or whom they represent in sport: "Holmes beat France's Jane
 * Roe", "Kenya's John Doe won". The role says only "someone from" the country, as for a
 * firm before a name ({@link FirmsOwningNames}), which leaves a country out.
 */
final class CountriesBeforeNames {

	private CountriesBeforeNames() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int mark = name.phraseStartToken - 1;
		if (name.role != null || name.possessive || !name.multiWordName() || mark < 1
				|| !NameFinder.isPossessiveMark(doc.get(mark)) || doc.boundaryBefore(mark)
				|| doc.boundaryBefore(name.phraseStartToken)) {
			return;
		}
		int opening = countryOpening(doc, mark);
		if (opening >= 0 && (readsAsPerson(doc, name)
				|| PeopleOwnedByCountries.person(doc, name.phraseStartToken, name.endToken - 1))) {
			name.phraseStartToken = opening;
			name.role = someoneFrom(doc, opening, mark);
		}
	}

	/**
	 * The first token of a country standing alone in the possessive before {@code mark},
	 * its article included, or -1.
	 */
	static int countryOpening(DocumentTokens doc, int mark) {
		for (int start = mark - 1; start >= 0 && mark - start <= CountryNames.MAX_WORDS; start--) {
			Token first = doc.get(start);
			if (!first.word() || !first.capitalized()) {
				return -1;
			}
			if (CountryNames.isCountry(doc.span(start, mark).toLowerCase(java.util.Locale.ROOT))) {
				int opening = withArticle(doc, start);
				return standsAlone(doc, opening) ? opening : -1;
			}
			if (start == 0 || doc.boundaryBefore(start)) {
				return -1;
			}
		}
		return -1;
	}

	/** "someone from Norway" for the country opening at {@code opening}. */
	static String someoneFrom(DocumentTokens doc, int opening, int mark) {
		int start = doc.get(opening).lower().equals("the") && opening + 1 < mark ? opening + 1 : opening;
		return Affiliations.SOMEONE_FROM + CountryNames.written(doc.span(start, mark));
	}

	/**
	 * Business news owns its firms by country as sport owns its athletes ("Japan's Toyota
	 * Motor said"), and a firm's name looks like a person's. The name is a person's when
	 * its first word is a known given name, or when the document calls it by its last
	 * word alone, as it does a person by the surname ("Dibala won"), and never by its
	 * first word alone, as it does a firm ("Toyota said").
	 */
	static boolean readsAsPerson(DocumentTokens doc, Mention name) {
		return readsAsPerson(doc, name.phraseStartToken, name.endToken - 1);
	}

	/**
	 * {@link #readsAsPerson(DocumentTokens, Mention)} for the name from first to last.
	 */
	static boolean readsAsPerson(DocumentTokens doc, int first, int last) {
		if (NameFinder.givenName(doc.get(first))) {
			return true;
		}
		return usedAlone(doc, doc.get(last).text()) && !usedAlone(doc, doc.get(first).text());
	}

	/** The word stands somewhere with no capitalized word of a name beside it. */
	static boolean usedAlone(DocumentTokens doc, String word) {
		if (doc.wordsUsedAlone == null) {
			doc.wordsUsedAlone = wordsUsedAlone(doc);
		}
		return doc.wordsUsedAlone.contains(word);
	}

	/** Every word of the document that stands somewhere as {@link #usedAlone} asks. */
	private static Set<String> wordsUsedAlone(DocumentTokens doc) {
		Set<String> alone = new HashSet<>();
		for (int t = 0; t < doc.size(); t++) {
			if (!nameWordAt(doc, t - 1, t) && !nameWordAt(doc, t + 1, t)) {
				alone.add(doc.get(t).text());
			}
		}
		return alone;
	}

	/** A capitalized word at {@code t} in the same sentence as {@code of}. */
	private static boolean nameWordAt(DocumentTokens doc, int t, int of) {
		if (t < 0 || t >= doc.size() || doc.boundaryBefore(Math.max(t, of))) {
			return false;
		}
		Token token = doc.get(t);
		// "Mr Roe" calls her by the surname alone
		return token.word() && token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(token.lower())
				&& !NameLexicon.HONORIFICS.contains(token.lower());
	}

	/** "the Netherlands' Jane Roe": the article belongs to the country's name. */
	private static int withArticle(DocumentTokens doc, int start) {
		return start > 0 && !doc.boundaryBefore(start) && doc.get(start - 1).lower().equals("the") ? start - 1 : start;
	}

	/**
	 * The country is no part of a longer name: "the Bank of France's Jane Roe" works for
	 * a bank, and "Acme France's John Doe" for a firm. The sentence starts there, or a
	 * lower-case word or a stop stands before it, but no "of" after a capitalized word
	 * and no "and" that joins another country as her owner.
	 */
	private static boolean standsAlone(DocumentTokens doc, int t) {
		if (t == 0 || doc.boundaryBefore(t)) {
			return true;
		}
		Token before = doc.get(t - 1);
		if (NameFinder.isPossessiveMark(before) || before.lower().equals("of") && t > 1 && !doc.boundaryBefore(t - 1)
				&& doc.get(t - 2).word() && doc.get(t - 2).capitalized()) {
			return false; // "clear of France's Jane Roe" still names the country alone
		}
		if ((before.lower().equals("and") || before.is("&") || before.is(",")) && t > 1 && !doc.boundaryBefore(t - 1)
				&& CountryNames.isCountry(doc.get(t - 2).lower())) {
			return false; // "Britain and France's Jane Roe": the countries share her
		}
		return !before.word() || !before.capitalized();
	}

}
