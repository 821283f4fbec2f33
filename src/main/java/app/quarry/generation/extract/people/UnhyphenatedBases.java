package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "selected Los Angeles based Pellow Dynamics", "a deal with Denver based Kestrel": where
 * a company is based, told before its name as "Denver-based" is, but with no hyphen. The
 * place must follow a preposition, "and" or a verb in -ed ("selected", "acquired"), so
 * that a name that is the subject of the verb "based" ("Lee Quade based the novel on
 * ...", "the director Zorak Lorne based it on ...") is never taken for a place, and no
 * word of it may be a first name.
 */
final class UnhyphenatedBases {

	private static final int MAX_PLACE_TOKENS = 3;

	private static final Set<String> LINKING = NameLexicon.words("and", "or");

	private UnhyphenatedBases() {
	}

	/**
	 * Where the place ends by the lower-case "based" at {@code based} begins, or -1 when
	 * that word closes no place before a name.
	 */
	static int placeStart(DocumentTokens doc, int based) {
		if (based < 2 || based + 1 >= doc.size() || !doc.get(based).text().equals("based") || doc.boundaryBefore(based)
				|| doc.boundaryBefore(based + 1) || !doc.get(based + 1).capitalized() || !doc.get(based + 1).word()) {
			return -1;
		}
		int first = based;
		while (first > 0 && based - first < MAX_PLACE_TOKENS && !doc.boundaryBefore(first)
				&& placeWord(doc.get(first - 1))) {
			first--;
		}
		if (first == based || first == 0 || doc.boundaryBefore(first)) {
			return -1;
		}
		Token before = doc.get(first - 1);
		if (!before.word() || before.capitalized() || NameFinder.isPossessiveMark(before)) {
			// a longer run of capitals, or a comma: where the place starts is unclear
			return -1;
		}
		String lower = before.lower();
		if (!NameLexicon.PREPOSITIONS.contains(lower) && !LINKING.contains(lower) && !lower.endsWith("ed")) {
			// "the director Zorak Lorne based the film on ...": after a noun, the
			// capitals are a person, and "based" their verb
			return -1;
		}
		return first;
	}

	/** "Chicago based Kestrel" opens at {@code t}: a place, "based", and a name. */
	static boolean opensAt(DocumentTokens doc, int t) {
		for (int k = t + 1; k <= t + MAX_PLACE_TOKENS && k < doc.size(); k++) {
			if (placeStart(doc, k) == t) {
				return true;
			}
		}
		return false;
	}

	/** "based in Los Angeles" for the name at {@code start}, or null. */
	static String before(DocumentTokens doc, int start) {
		int first = placeStart(doc, start - 1);
		return first < 0 ? null : "based in " + doc.span(first, start - 1);
	}

	private static boolean placeWord(Token token) {
		String lower = token.lower();
		return token.word() && token.capitalized() && !NameFinder.isPossessiveMark(token)
				&& !OrganisationFinder.ARTICLES.contains(lower) && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !NameLexicon.MALE_NAMES.contains(lower)
				&& !NameLexicon.FEMALE_NAMES.contains(lower);
	}

}
