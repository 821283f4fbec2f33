package app.quarry.generation.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "his first win since 2004", "the first queen to step down since Queen Roe in 1817",
 * "the first rise since March": "first ... since" a named past time says the thing had
 * not happened for a while. The point is how long, told by the time after "since" (asked
 * as a date), not a rank a reader could be asked; "the first time she has spoken since
 * taking office" ranks the occasion within the span a deed opens, and stays, as does "the
 * first club to win it since 2013", a record among all clubs over the years.
 */
final class FirstsInAWhile {

	/**
	 * A few words within the clause, then "since" and a year, a month or a name: " 400
	 * win since 2004", " emperor to abdicate since Emperor".
	 */
	private static final Pattern SINCE_A_TIME = Pattern.compile("(?:\\s+[\\p{L}\\d'’-]+){1,8}?\\s+since\\s+"
			+ "(?:(?<year>\\d{4}\\b(?![-–/]))|(?:the\\s+)?(?:early\\s+|late\\s+|mid-?)?\\d{3,4}s?\\b|\\p{Lu})");

	/** "the " right before the ordinal: no owner whose own run it restarts. */
	private static final Pattern THE_BEFORE = Pattern.compile("\\bthe\\s+$");

	private FirstsInAWhile() {
	}

	/**
	 * Whether "first" ending at {@code end} of {@code clean}, after {@code lowerBefore},
	 * is a first in a while. "The first final since 1998 to go to penalties", "the first
	 * club to win it since 2013": with no owner, a first since a bare year ranks the
	 * thing among all of its kind over the years, a record a reader is asked; "his first
	 * win since 2004" tells of its owner's own run, and "since Mayor Doe" or "since
	 * March" names the last one rather than a span of years.
	 */
	static boolean firstInAWhile(String ordinal, String lowerBefore, String clean, int end) {
		if (!ordinal.equalsIgnoreCase("first")) {
			return false;
		}
		Matcher since = SINCE_A_TIME.matcher(clean).region(end, clean.length());
		return since.lookingAt() && !(since.group("year") != null && THE_BEFORE.matcher(lowerBefore).find());
	}

}
