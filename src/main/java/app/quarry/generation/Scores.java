package app.quarry.generation;

import java.util.regex.Pattern;

/**
 * Scores and tallies written with a dash ("won 2-0", "led 5-2", "ruled 6–3"). A score
 * tells how many goals, games or votes each side had, never which one in a series a thing
 * was, nor how long: "their _____ defeat, 2-0 to the hosts" and "_____ minutes later ...
 * a 3-0 lead" are not given away by the numbers of the score, where "scoring _____ goals
 * in a 3-1 win" would be.
 */
final class Scores {

	/** "2-0", "11–9": two numbers of at most two digits joined by a dash. */
	private static final Pattern SCORE = Pattern.compile("(?<![\\d.,/-])\\d{1,2}\\s?[-–]\\s?\\d{1,2}(?![\\d/-])");

	private Scores() {
	}

	/** The text with its scores left out, for a rank to be checked against it. */
	static String aside(String text) {
		if (text.indexOf('-') < 0 && text.indexOf('–') < 0) {
			return text;
		}
		return SCORE.matcher(text).replaceAll(" ");
	}

}
