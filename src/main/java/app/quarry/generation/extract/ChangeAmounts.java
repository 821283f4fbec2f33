package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A change told with the level it reached or left counts what that level counts:
 * "unemployment rose 7,000 in May to 4.4 million people" (a rise of 7,000 people),
 * "membership fell by 200 last year to 1,800 members", "raise its stores to about 450
 * stores from 360" (360 stores before); a number set against a count, its noun left out,
 * counts the same: "a panel of nine judges rather than the usual five".
 */
final class ChangeAmounts {

	/** "rose", "fell by about": a verb of change right before the amount. */
	private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)\\b(?:rose|risen|rises|rising|fell|fallen|falls"
			+ "|falling|grew|grown|grows|growing|climbed|climbs|increased|increases|decreased|decreases|dropped|drops"
			+ "|declined|declines|jumped|jumps|slipped|gained|shrank|shrunk|dipped|soared|plunged|slumped|swelled"
			+ "|went\\s+up|went\\s+down)\\s+(?:by\\s+)?(?:(?:about|around|nearly|almost|some|roughly|approximately"
			+ "|another|a\\s+further|more\\s+than|over|just\\s+over|just\\s+under)\\s+)?$");

	/**
	 * " in May to ", " last week to about ": a short time or place, then the level
	 * reached; no other clause between.
	 */
	private static final Pattern TO_LEVEL = Pattern
		.compile("(?:\\s+(?:in|on|during|over|last|this|since|at)\\b[^,;:()\"“”]{0,30}?)?\\s+to\\s+"
				+ "(?:(?:about|around|nearly|almost|some|roughly|approximately|more\\s+than|over|just\\s+over)\\s+)?");

	/** " to about ": the level reached, told before the level left. */
	private static final Pattern TO_BEFORE = Pattern
		.compile("(?i)\\bto\\s+(?:(?:about|around|nearly|almost|some|roughly|approximately|more\\s+than|over)\\s+)?$");

	/** " from ", " from about ": the level left, after the level reached. */
	private static final Pattern FROM_GAP = Pattern
		.compile("\\s+from\\s+(?:(?:about|around|nearly|almost|some|roughly|approximately)\\s+)?");

	/**
	 * " rather than the usual ", " compared with ", " this year, up from ": a second
	 * number set against the first, its noun left out as the first one's.
	 */
	private static final Pattern SET_AGAINST = Pattern.compile(
			"(?:\\s+(?:this|last|next|a|per|each|in)\\s+\\w+)?\\s*,?\\s+(?:rather\\s+than|instead\\s+of|compared\\s+(?:with|to)"
					+ "|as\\s+against|versus|up\\s+from|down\\s+from)\\s+(?:(?:the|a|an)\\s+)?(?:(?:usual|normal|expected|previous"
					+ "|original|planned|customary|standard|about|around|nearly|some|just)\\s+)?");

	/**
	 * The number stops there: no noun of its own follows ("from 360.", "from 360 in",
	 * "the usual five because").
	 */
	private static final Pattern BARE_END = Pattern.compile(
			"\\s*(?:[.,;:)]|\\s+(?:in|at|on|a|an|the|last|this|because|since|after|before|when|while|as|and|but|for|with|under)\\b|$)");

	private ChangeAmounts() {
	}

	/** Gives each bare amount of change, and each bare level left, its level's noun. */
	static void changes(String clean, List<CountCandidate> found) {
		for (int i = 0; i + 1 < found.size(); i++) {
			CountCandidate c = found.get(i);
			CountCandidate next = found.get(i + 1);
			if (next.ordinal || c.ordinal) {
				continue;
			}
			if (c.unit == null && !c.upperBound && !c.ofThem && !c.partOfNext && next.unit != null && !next.upperBound
					&& next.start > c.end
					&& CHANGE_BEFORE.matcher(clean).region(Math.max(0, c.start - 60), c.start).find()
					&& TO_LEVEL.matcher(clean).region(c.end, next.start).matches()
					&& !ElidedUnits.SHARE_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				c.unit = next.unit; // "rose 7,000 in May to 4.4 million people"
			}
			else if (next.unit == null && !next.upperBound && c.unit != null && !c.upperBound
					&& TO_BEFORE.matcher(clean).region(Math.max(0, c.start - 30), c.start).find()
					&& c.unitEnd <= next.start && FROM_GAP.matcher(clean).region(c.unitEnd, next.start).matches()
					&& BARE_END.matcher(clean).region(next.end, clean.length()).lookingAt()) {
				next.unit = c.unit; // "to roughly 820 branches from 640."
			}
			else if (next.unit == null && !next.upperBound && c.unit != null && !c.upperBound && c.unitEnd <= next.start
					&& SET_AGAINST.matcher(clean).region(c.unitEnd, next.start).matches()
					&& BARE_END.matcher(clean).region(next.end, clean.length()).lookingAt()) {
				next.unit = c.unit; // "nine judges rather than the usual five"
			}
		}
	}

}
