package app.quarry.generation.extract.people;

/**
 * "Roe had been put through a series of tests, “as part of a plan drawn up by …”", "Roe
 * died at noon, “surrounded by friends …”": quoted words that open in lower case after a
 * comma carry on the writer's own clause. With no speech verb before them, they are words
 * taken from a source the sentence does not name, not what its subject said; a comma
 * hands over a speaker's words only when they open as words of their own ("Roe,
 * stony-faced, to the court: “I regret nothing”").
 */
final class ClausesRunningIntoQuotes {

	private ClausesRunningIntoQuotes() {
	}

	/**
	 * Whether the quote opening at {@code open} follows a comma and opens in lower case.
	 */
	static boolean carriesOn(DocumentTokens doc, int open) {
		if (open < 1 || !doc.get(open - 1).is(",")) {
			return false;
		}
		for (int t = open + 1; t < doc.size() && t <= open + 2; t++) {
			Token token = doc.get(t);
			if (token.word()) {
				return !token.capitalized() && !token.lower().equals("i");
			}
			if (!token.is("[") && !token.is("(") && !token.is("…") && !token.is("...")) {
				return false;
			}
		}
		return false;
	}

}
