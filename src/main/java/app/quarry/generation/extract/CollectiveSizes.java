package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * A body of people given its size with "of" and no noun after the number: "a crew of
 * six", "a force of 500 near the border", "a jury of twelve". The number counts the
 * body's members; "a force of 500 troops" names its noun itself.
 */
final class CollectiveSizes {

	/**
	 * "a crew of ", "its small staff of about ", "the club's panel of ", "in groups of ":
	 * a body of people, then "of".
	 */
	private static final Pattern BODY_OF_BEFORE = Pattern
		.compile("(?:\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+(?:\\p{Ll}[\\p{Ll}-]*(?:['’]s)?\\s+)?"
				+ "|\\b\\p{Lu}\\p{L}*['’]s\\s+|\\b(?:in|into)\\s+(?=\\p{Ll}+s\\s))"
				+ "(?:crews?|force|teams?|panel|board|groups|squads?"
				+ "|army|jury|committee|delegation|contingent|garrison|militia|staff|workforce|battalion|brigade"
				+ "|regiment|platoon|family|band)\\s+of\\s+(?:(?:about|some|nearly|almost|around|roughly|just|only|over"
				+ "|more\\s+than|fewer\\s+than|at\\s+least)\\s+)?$");

	/**
	 * The number stops there: a mark, a bracket, or a word that is no noun of its own
	 * ("of six (all ...", "of 500 near", "of six and ten tonnes").
	 */
	private static final Pattern BARE_AFTER = Pattern.compile("\\s*(?:[.,;:()]|\\s+(?:near|in|at|on|from|with|who"
			+ "|which|that|and|to|by|under|led|based|stationed|was|were|is|are|has|had|will|would|for|on)\\b|$)");

	private CollectiveSizes() {
	}

	/** Gives a bare number after "a crew of" its unit: the body's members. */
	static void read(CountCandidate c, String clean, String before) {
		if (c.unit == null && !c.ordinal && !c.ofThem && !c.partOfNext && !c.scaled
				&& BODY_OF_BEFORE.matcher(before).find()
				&& BARE_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
			c.unit = "member";
		}
	}

}
