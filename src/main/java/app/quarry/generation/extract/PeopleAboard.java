package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A bare number of those on a craft counts people: "all 88 aboard were rescued", "of the
 * 40 on board, 12 were crew". English leaves "people" out there, as it does after "the"
 * for a group named by where it is.
 */
final class PeopleAboard {

	/**
	 * "the ", "all ", "all the ", "of the ": a group taken as a whole before the number.
	 */
	private static final Pattern WHOLE_BEFORE = Pattern.compile("(?i)\\b(?:the|all|all\\s+the|of\\s+the)\\s+$");

	/**
	 * " aboard", " on board", and then no noun of its own ("aboard the ship" is fine).
	 */
	private static final Pattern ABOARD_AFTER = Pattern.compile("\\s+(?:aboard|on\\s+board)\\b(?!-)");

	private PeopleAboard() {
	}

	/** Gives each bare number of those aboard the unit "person". */
	static void read(String clean, List<CountCandidate> found) {
		for (CountCandidate c : found) {
			if (c.unit == null && !c.ordinal && !c.scaled && !c.ofThem
					&& ABOARD_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()
					&& WHOLE_BEFORE.matcher(clean.substring(Math.max(0, c.start - 12), c.start)).find()) {
				c.unit = "person";
			}
		}
	}

}
