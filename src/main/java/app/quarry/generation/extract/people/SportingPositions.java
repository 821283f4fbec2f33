package app.quarry.generation.extract.people;

/**
 * The positions a team game gives its players ("forward", "defender", "keeper"). Each is
 * also an ordinary word ("looking forward", "a defender of free speech"), so a position
 * counts as a post only after the name of the team that fields it: "Jane Roe, Westria
 * forward", "Tom Hale (NOR), Norway defender".
 */
final class SportingPositions {

	private static final java.util.Set<String> POSITIONS = NameLexicon.words("forward", "defender", "winger", "keeper",
			"fullback", "full-back", "centre-back", "center-back", "centre-forward", "playmaker", "sweeper");

	private SportingPositions() {
	}

	/**
	 * Whether the word at {@code t} is a position and a capitalized word stands right
	 * before it.
	 */
	static boolean afterTeam(DocumentTokens doc, int t) {
		return t > 0 && !doc.boundaryBefore(t) && doc.get(t).word() && !doc.get(t).capitalized()
				&& POSITIONS.contains(doc.get(t).lower()) && doc.get(t - 1).word() && doc.get(t - 1).capitalized();
	}

}
