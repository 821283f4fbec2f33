package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Two shapes of the words before a company description's noun that a plain run of words
 * misses: a list of trades set off by commas ("the British paper, packaging and
 * publishing concern"), a ranked superlative ("the nation's fifth largest steelmaker")
 * and a size before the trades ("the giant foods and brewing company").
 */
final class DescriptionModifiers {

	private static final Set<String> ORDINALS = NameLexicon.words("second", "third", "fourth", "fifth", "sixth",
			"seventh", "eighth", "ninth", "tenth");

	private DescriptionModifiers() {
	}

	/**
	 * Whether the comma at {@code k} joins words of one list before the noun: a
	 * lower-case word on each side, and "and" closing the list before any noun or other
	 * mark.
	 */
	static boolean listComma(DocumentTokens doc, int k, int first) {
		if (k <= first || k + 1 >= doc.size() || !doc.get(k).is(",") || !lowerWord(doc, k - 1)) {
			return false;
		}
		for (int next = k + 1; next < doc.size() && next - k < 8 && !doc.boundaryBefore(next); next++) {
			Token token = doc.get(next);
			if (token.is(",") && next > k + 1) {
				continue;
			}
			if (!lowerWord(doc, next) || CompanyDescriptions.isCompanyNoun(token.lower())) {
				return false;
			}
			if (token.lower().equals("and")) {
				return next > k + 1 && next + 1 < doc.size() && lowerWord(doc, next + 1);
			}
			if (NameLexicon.FUNCTION_WORDS.contains(token.lower()) || OrganisationFinder.VERBS.contains(token.lower())
					|| NameLexicon.PREPOSITIONS.contains(token.lower())) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "largest", "fifth largest" from {@code t}: the index after the superlative, or -1.
	 */
	static int superlativeEnd(DocumentTokens doc, int t) {
		int at = t < doc.size() && !doc.boundaryBefore(t) && ORDINALS.contains(doc.get(t).lower()) ? t + 1 : t;
		boolean superlative = at < doc.size() && !doc.boundaryBefore(at) && doc.get(at).lower().endsWith("est")
				&& doc.get(at).lower().length() > 5;
		return superlative ? at + 1 : -1;
	}

	/**
	 * Whether "giant" at {@code k} is a size before the trades and noun of one
	 * description ("the giant paper, chemicals and mining company"), not the noun itself
	 * ("the tobacco giant").
	 */
	static boolean sizeBeforeTrade(DocumentTokens doc, int k) {
		if (!doc.get(k).lower().equals("giant")) {
			return false;
		}
		for (int next = k + 1; next < doc.size() && next - k < 8 && !doc.boundaryBefore(next); next++) {
			Token token = doc.get(next);
			String lower = token.lower();
			if (token.is(",") && next > k + 1) {
				continue;
			}
			if (!lowerWord(doc, next) || OrganisationFinder.VERBS.contains(lower)
					|| NameLexicon.PREPOSITIONS.contains(lower)
					|| NameLexicon.FUNCTION_WORDS.contains(lower) && !(lower.equals("and") && next > k + 1)) {
				return false;
			}
			if (CompanyDescriptions.isCompanyNoun(lower)) {
				return next > k + 1;
			}
		}
		return false;
	}

	private static boolean lowerWord(DocumentTokens doc, int k) {
		Token token = doc.get(k);
		return token.word() && !token.capitalized();
	}

}
