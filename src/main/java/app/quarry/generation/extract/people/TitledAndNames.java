package app.quarry.generation.extract.people;

/**
 * "Jane Roe of The Star and Ledger said": a capitalized "The" in mid-sentence opens a
 * title, so an "and" between its capitalized words joins one body's name, not two bodies.
 * With a lowercase "the" ("of the Acme and Zenith boards") the "and" may list two, and
 * the name stops before it.
 */
final class TitledAndNames {

	private TitledAndNames() {
	}

	/**
	 * Whether the "and" at {@code t} lies inside a title begun at {@code first} right
	 * after a capitalized "The" that does not open the sentence.
	 */
	static boolean inName(DocumentTokens doc, int first, int t) {
		return t > first && first >= 1 && t + 1 < doc.size() && doc.get(t).text().equals("and")
				&& doc.get(first - 1).text().equals("The") && !doc.boundaryBefore(first - 1)
				&& !doc.boundaryBefore(first) && !doc.boundaryBefore(t) && !doc.boundaryBefore(t + 1)
				&& doc.get(t - 1).capitalized() && doc.get(t + 1).word() && doc.get(t + 1).capitalized()
				&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(t + 1).lower());
	}

}
