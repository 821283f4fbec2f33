package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The small shapes {@link CopularOrganisations} reads around "is a ...": a definite noun
 * that a phrase after it picks out ("the bank at the heart of the dispute"), modifiers
 * joined by "and" ("an insurance and leasing company"), and a town set off between the
 * name and its copula ("Brovex, Duluth, Ga., is ...").
 */
final class CopularNounPhrases {

	/** Prepositions whose phrase after a definite noun says which organisation it is. */
	static final Set<String> DEFINING = NameLexicon.words("of", "for", "at", "behind", "in", "to", "on");

	/**
	 * Words of a definite description that point back into the story, so that the
	 * sentence alone does not say what the organisation is: "the other company in the
	 * deal", "the same firm".
	 */
	static final Set<String> REFERRING = NameLexicon.words("other", "same", "latter", "former", "this", "that", "its",
			"their", "his", "her");

	private static final Set<String> COPULAS = NameLexicon.words("is", "was");

	/** A town and its state: "Duluth, Ga.", "Lyon, France". */
	private static final int MAX_PLACE_TOKENS = 6;

	private CopularNounPhrases() {
	}

	/**
	 * Whether the phrase after a definite noun, from {@code from} to the clause's end,
	 * points back into the story ("the weakest stock on this list"), so that the sentence
	 * alone does not pick the organisation out.
	 */
	static boolean pointsBack(DocumentTokens doc, int from) {
		for (int t = from; t < doc.size() && !doc.boundaryBefore(t) && !doc.get(t).is(","); t++) {
			if (DEMONSTRATIVES.contains(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

	private static final Set<String> DEMONSTRATIVES = NameLexicon.words("this", "these", "those", "that", "such", "its",
			"their", "it", "them");

	/**
	 * Whether the "and" at {@code and} joins two modifiers of one noun ("an insurance and
	 * leasing company"): lower-case words stand on both sides of it, none a verb.
	 */
	static boolean coordinated(DocumentTokens doc, int first, int and) {
		if (and <= first || and + 1 >= doc.size() || doc.boundaryBefore(and + 1)) {
			return false;
		}
		Token before = doc.get(and - 1);
		Token after = doc.get(and + 1);
		return plainWord(before) && plainWord(after);
	}

	private static boolean plainWord(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && !OrganisationFinder.VERBS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !NameLexicon.FUNCTION_WORDS.contains(lower);
	}

	/**
	 * The copula after a town set off by commas from the name before {@code comma}
	 * ("Brovex, Duluth, Ga., is"), or -1 when no such town and copula follow.
	 */
	static int afterPlaceSetOff(DocumentTokens doc, int comma) {
		int t = comma + 1;
		int words = 0;
		while (t < doc.size() && t - comma <= MAX_PLACE_TOKENS && !doc.boundaryBefore(t)) {
			Token token = doc.get(t);
			if (token.is(",")) {
				boolean closes = words > 0 && t + 1 < doc.size() && !doc.boundaryBefore(t + 1)
						&& COPULAS.contains(doc.get(t + 1).lower());
				if (closes) {
					return t + 1;
				}
				if (words == 0) {
					return -1;
				}
				words = 0; // "Duluth, Ga.": the state after the town
				t++;
				continue;
			}
			boolean period = token.is(".") && t > comma + 1 && doc.get(t - 1).end() == token.start();
			if (!(token.word() && token.capitalized()) && !period) {
				return -1;
			}
			words++;
			t++;
		}
		return -1;
	}

}
