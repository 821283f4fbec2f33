package app.quarry.generation.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "two 3.5-point players", "three 12-year-old boys", "four 40-foot containers": a measure
 * joined to its unit by a hyphen, standing between a count and its noun. The measure says
 * what kind of player or boy is meant; the count before it counts the players or boys,
 * and the measure is read as a count of its own where it is one.
 */
final class MeasuredModifiers {

	/**
	 * A number hyphened to one to three lower-case words ("3.5-point", "12-year-old"),
	 * then a lower-case word: the noun the count before it counts.
	 */
	private static final Pattern MEASURED = Pattern
		.compile("\\s+\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?:-\\p{Ll}{2,}){1,3}(?=\\s+\\p{Ll})");

	private MeasuredModifiers() {
	}

	/**
	 * Where the words after a cardinal begin: past a hyphened measure, if one follows. An
	 * ordinal keeps its own words ("the first 10-day trial" ranks trials by what follows
	 * it already).
	 */
	static int skip(String clean, int end, boolean ordinal) {
		if (ordinal || end >= clean.length() || clean.charAt(end) != ' ') {
			return end;
		}
		Matcher m = MEASURED.matcher(clean).region(end, clean.length());
		return m.lookingAt() ? m.end() : end;
	}

}
