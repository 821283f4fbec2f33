package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Sept. 30", "Dec. 7", "Nov.": a month shortened the way news style shortens it, a
 * capitalized word with its period that a run of capitals would otherwise take for a
 * name.
 */
final class MonthAbbreviations {

	private static final Set<String> MONTHS = NameLexicon.words("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
			"sept", "oct", "nov", "dec");

	private MonthAbbreviations() {
	}

	/** Whether the token at {@code t} is such a month, its period right after it. */
	static boolean at(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		if (!token.capitalized() || !MONTHS.contains(token.lower()) || t + 1 >= doc.size()) {
			return false;
		}
		Token period = doc.get(t + 1);
		return period.is(".") && period.start() == token.end();
	}

}
