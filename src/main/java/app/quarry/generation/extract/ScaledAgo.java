package app.quarry.generation.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time back told with a scale: "two hundred years ago", "3 thousand years ago". The
 * number before the scale multiplies it; read alone, "hundred years ago" would send the
 * date a century back whatever the number was. A scale after a vague word ("several
 * hundred years ago", "a few thousand years ago") tells no number at all.
 */
final class ScaledAgo {

	/** The words of a number below a hundred, or one to three digits. */
	private static final String BELOW_HUNDRED = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
			+ "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
			+ "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
			+ "|one|two|three|four|five|six|seven|eight|nine|\\d{1,3}";

	/** "two hundred", "Three thousand", "5 hundred": a number times a scale. */
	static final String MULTIPLIED = "(?i:(?:" + BELOW_HUNDRED + ")[- ](?:hundred|thousand))";

	private static final Pattern SPLIT = Pattern.compile("(?i)^(.+?)[- ](hundred|thousand)$");

	/** A word before a bare scale that leaves its number untold, or a number word. */
	private static final Pattern WORD_BEFORE = Pattern
		.compile("(?i)\\b(?:several|few|many|some|couple|of|hundreds" + "|thousands|" + BELOW_HUNDRED + ")[\\s-]+$");

	private ScaledAgo() {
	}

	/** The number of units back: "two hundred" is 200, "six" is 6. */
	static Long count(String number) {
		Matcher m = SPLIT.matcher(number.strip());
		if (m.matches()) {
			long value = SpokenNumbers.scaled(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
			return value < 0 ? null : value;
		}
		return NumberWords.cardinal(number);
	}

	/**
	 * Whether a bare "hundred" or "thousand" at {@code start} follows a word that leaves
	 * its number untold ("several hundred years ago").
	 */
	static boolean vague(String text, int start, String number) {
		String n = number.strip().toLowerCase(Locale.ROOT);
		if (!n.equals("hundred") && !n.equals("thousand")) {
			return false;
		}
		return WORD_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find();
	}

}
