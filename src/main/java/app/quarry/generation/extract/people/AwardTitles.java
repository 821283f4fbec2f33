package app.quarry.generation.extract.people;

/**
 * An award named for the kind of person who wins it ("Acme Man of the Match", "Most
 * Valuable Player of the Series", "Young Player of the Tournament"): its capitalized
 * words before "of" read like a name ("Acme Man") but name the award, not a person.
 */
final class AwardTitles {

	/** The person nouns that head an award's name. */
	private static final java.util.Set<String> WINNERS = NameLexicon.words("man", "woman", "player", "footballer",
			"sportsman", "sportswoman", "athlete", "rookie", "coach", "manager", "goalkeeper", "newcomer",
			"personality", "cricketer", "rider", "driver");

	private AwardTitles() {
	}

	/**
	 * Whether the capitalized run ending before {@code runEnd} closes on such a noun and
	 * goes on with "of" and a capitalized word, or "of the" and one: "Man of the Match".
	 */
	static boolean at(DocumentTokens doc, int runStart, int runEnd) {
		return opensAward(doc, runStart, runEnd) || closesAward(doc, runStart);
	}

	/**
	 * Whether the capitalized word at {@code t} heads an award's name ("was named Acme
	 * Man of the Match"), which is a role its winner holds.
	 */
	static boolean heads(DocumentTokens doc, int t) {
		return doc.get(t).word() && doc.get(t).capitalized() && opensAward(doc, t, t + 1);
	}

	/** "Match" in "Acme Man of the Match": the award's last words. */
	private static boolean closesAward(DocumentTokens doc, int runStart) {
		int of = runStart - 1;
		if (of >= 0 && !doc.boundaryBefore(runStart) && doc.get(of).lower().equals("the")) {
			of--;
		}
		if (of < 1 || doc.boundaryBefore(of + 1) || !doc.get(of).lower().equals("of") || doc.boundaryBefore(of)) {
			return false;
		}
		Token winner = doc.get(of - 1);
		return winner.word() && winner.capitalized() && WINNERS.contains(winner.lower());
	}

	private static boolean opensAward(DocumentTokens doc, int runStart, int runEnd) {
		if (runEnd >= doc.size() || runEnd - 1 < runStart || !WINNERS.contains(doc.get(runEnd - 1).lower())
				|| !doc.get(runEnd).lower().equals("of") || doc.boundaryBefore(runEnd)) {
			return false;
		}
		int next = runEnd + 1;
		if (next < doc.size() && !doc.boundaryBefore(next) && doc.get(next).lower().equals("the")) {
			next++;
		}
		return next < doc.size() && !doc.boundaryBefore(next) && doc.get(next).word() && doc.get(next).capitalized();
	}

}
