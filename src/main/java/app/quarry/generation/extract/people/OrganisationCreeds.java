package app.quarry.generation.extract.people;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A party, an army or a movement described by its cause or its side just before its name:
 * "the far-right Norland Freedom Union", "the pro-independence Vetra Liberation Army",
 * "the anti-monarchy Arvena Foundation", "the opposition Norland People's Party". The
 * name must end in a word that says it is an organisation ("Army", "Party",
 * "Foundation"), so that "the anti-war Senator Roe" or "the pro-Ostland Vetra" are left
 * alone.
 */
final class OrganisationCreeds {

	/** A cause for or against something, or a side: "pro-independence", "far-right". */
	private static final Pattern CAUSE = Pattern
		.compile("(pro|anti|far|extreme|ultra|hard|centre|center)-\\p{L}+(-\\p{L}+)?|\\p{L}+-wing");

	/** Sides a party or a movement is told by, in one word. */
	private static final Set<String> SIDES = NameLexicon.words("opposition", "conservative", "liberal", "centrist",
			"nationalist", "separatist", "communist", "socialist", "leftist", "rightist", "militant", "radical",
			"extremist", "fundamentalist", "hardline", "ultranationalist", "islamist", "secular", "royalist",
			"monarchist", "republican", "populist", "reformist", "moderate", "underground", "outlawed", "banned");

	/**
	 * Last words of a name that make it an organisation's, with the noun a question uses.
	 */
	private static final Set<String> KEPT_HEADS = NameLexicon.words("party", "army", "front", "movement", "league",
			"alliance", "coalition", "foundation", "militia", "group", "federation", "association", "organization",
			"organisation", "union", "council", "committee", "brigade", "brigades", "society", "congress");

	private OrganisationCreeds() {
	}

	/**
	 * "the far-right Norland Freedom Union" for the name from {@code start} to
	 * {@code end}: "a far-right union", or null.
	 */
	static String before(DocumentTokens doc, int start, int end) {
		if (start < 2 || end - start < 2 || doc.boundaryBefore(start) || doc.boundaryBefore(start - 1)) {
			return null;
		}
		Token creed = doc.get(start - 1);
		String lower = creed.lower();
		if (creed.capitalized() || !doc.get(start - 2).lower().equals("the")
				|| !SIDES.contains(lower) && !CAUSE.matcher(lower).matches()) {
			return null;
		}
		String head = doc.get(end - 1).lower();
		if (!KEPT_HEADS.contains(head) || !PlaceNameBounds.closes(doc, end)) {
			// "the pro-reform Ostland Party plan": the name qualifies a noun after it
			return null;
		}
		String noun = head.equals("brigades") ? "group" : head;
		return PlaceDescriptions.indefinite(creed.text() + " " + noun); // "anti-Castro"
																		// keeps its
																		// capital
	}

}
