package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "New Century Financial Corp.", "First Harbor Bancorp", "Old Kent Financial Corp.": an
 * adjective the name rules otherwise pass over as a sentence's word opens a company's
 * name when it is capitalized and the capitalized run after it ends in a company's
 * suffix.
 */
final class NameOpeningAdjectives {

	private static final Set<String> ADJECTIVES = NameLexicon.words("new", "old", "first");

	/**
	 * Words that close a company's name written out in full: "... Financial Corporation".
	 */
	private static final Set<String> SPELLED_SUFFIXES = NameLexicon.words("corporation", "company", "incorporated",
			"group", "holdings", "limited");

	private NameOpeningAdjectives() {
	}

	/**
	 * Whether the word at {@code i} opens a company's name rather than qualifying one.
	 */
	static boolean opensCompanyName(DocumentTokens doc, int i) {
		Token token = doc.get(i);
		if (!ADJECTIVES.contains(token.lower()) || !token.capitalized() || i + 1 >= doc.size()
				|| doc.boundaryBefore(i + 1) || !doc.get(i + 1).capitalized() || !doc.get(i + 1).word()) {
			return false;
		}
		int end = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, i));
		boolean company = OrganisationWords.companyName(doc, i, end)
				|| SPELLED_SUFFIXES.contains(doc.get(end - 1).lower());
		return end > i + 1 && company && !OrganisationShapes.qualifier(doc, i, end);
	}

}
