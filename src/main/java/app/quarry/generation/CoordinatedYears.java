package app.quarry.generation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years joined before one noun share it: "the 2002 and 2003 races", "its 1998, 1999 and
 * 2000 seasons". What the first year dates is what the noun after the last one names.
 */
final class CoordinatedYears {

	/** The joined years after the first, up to the noun they share. */
	private static final Pattern FOLLOWING_YEARS = Pattern
		.compile("^(?:\\s*,\\s*(?:1[6-9]|20)\\d\\d)*\\s*,?\\s+(?:and|or|&)\\s+(?:1[6-9]|20)\\d\\d(?=\\s)");

	private CoordinatedYears() {
	}

	/**
	 * The words after a year with the years joined to it taken away: " and 2003 London
	 * races" is " London races"; words that join no year are returned as they are.
	 */
	static String sharedNoun(String after) {
		Matcher m = FOLLOWING_YEARS.matcher(after);
		return m.find() ? after.substring(m.end()) : after;
	}

}
