package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * "his first win since 2004", "the first queen to step down since Queen Roe in 1817",
 * "the first rise since March": "first ... since" a named past time says the thing had
 * not happened for a while. The point is how long, told by the time after "since" (asked
 * as a date), not a rank a reader could be asked; "the first time she has spoken since
 * taking office" ranks the occasion within the span a deed opens, and stays.
 */
final class FirstsInAWhile {

	/**
	 * A few words within the clause, then "since" and a year, a month or a name: " 400
	 * win since 2004", " emperor to abdicate since Emperor".
	 */
	private static final Pattern SINCE_A_TIME = Pattern.compile(
			"(?:\\s+[\\p{L}\\d'’-]+){1,8}?\\s+since\\s+(?:(?:the\\s+)?(?:early\\s+|late\\s+|mid-?)?\\d{3,4}s?\\b|\\p{Lu})");

	private FirstsInAWhile() {
	}

	/** Whether "first" ending at {@code end} of {@code clean} is a first in a while. */
	static boolean firstInAWhile(String ordinal, String clean, int end) {
		return ordinal.equalsIgnoreCase("first") && SINCE_A_TIME.matcher(clean).region(end, clean.length()).lookingAt();
	}

}
