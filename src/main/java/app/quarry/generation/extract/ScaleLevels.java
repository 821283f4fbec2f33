package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "The flood alert level was raised to three", "its threat level has been lowered to
 * two": a bare number a level on a scale is moved to counts levels. The number ends its
 * clause; "raised to 40 percent" or "raised to 12 feet" is told by its own noun.
 */
final class ScaleLevels {

	/**
	 * "alert level was raised to ", "threat level has now been cut to ": a level of alarm
	 * moved on its scale; a water or wage level is a measure, not a step.
	 */
	private static final Pattern MOVED_TO_BEFORE = Pattern
		.compile("(?i)\\b(?:alert|threat|warning|danger|risk|disaster|emergency|terror|alarm|pandemic|response)"
				+ "\\s+level\\s+(?:(?:has|have|had|was|were|is|been"
				+ "|now|just|again|today|yesterday|also)\\s+){0,3}(?:raised|lowered|upgraded|downgraded|increased|decreased"
				+ "|cut|lifted|moved|set|put|elevated|reduced)\\s+to\\s+$");

	/** The number ends its clause, or a time follows it ("lowered to two on Monday"). */
	private static final Pattern CLAUSE_END_AFTER = Pattern
		.compile("\\s*(?:[.,;:)]|$)|\\s+(?:on|this|last|yesterday|today|overnight|after|following)\\b");

	private ScaleLevels() {
	}

	/** Gives each bare number a level on a scale is moved to the unit "level". */
	static void levels(String clean, List<CountCandidate> found) {
		for (CountCandidate c : found) {
			if (c.unit != null || c.ordinal || c.value > 20
					|| !CLAUSE_END_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				continue;
			}
			if (MOVED_TO_BEFORE.matcher(clean).region(Math.max(0, c.start - 80), c.start).find()) {
				c.unit = "level";
			}
		}
	}

}
