package app.quarry.generation.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers spoken in parts, as transcripts of speech and some wire copy write them: "two
 * hundred and thirty four", "three hundred twelve", "a half million", "half a million".
 * Each part read alone would misstate the number.
 */
final class SpokenCompounds {

	private static final String UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine";

	/** What follows "hundred (and)": "thirty four", "thirty-four", "twelve", "six". */
	private static final String BELOW_HUNDRED = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:"
			+ UNIT_WORDS + "))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|"
			+ UNIT_WORDS;

	/**
	 * Regex alternatives (case-insensitive) for a count's number: the hundreds with the
	 * rest ("two hundred and thirty four"), and a half before a scale ("a half", "half
	 * a", whose "million" the count's scale reads), and so a quarter or three quarters
	 * ("a quarter of a million" is no million). "two hundred and five hundred" joins two
	 * numbers, not one.
	 */
	static final String REGEX = "(?:" + UNIT_WORDS + "|a)\\s+hundred(?:\\s+and)?\\s+(?:" + BELOW_HUNDRED
			+ ")\\b(?!\\s+hundred\\b)"
			+ "|a\\s+half(?=\\s+(?:million|billion)\\b)|half\\s+a(?=\\s+(?:million|billion)\\b)"
			+ "|(?:a\\s+|three[\\s-])?quarters?(?:\\s+of\\s+a)?(?=\\s+(?:million|billion)\\b)";

	private static final Pattern HUNDREDS = Pattern
		.compile("(?i)(" + UNIT_WORDS + "|a)\\s+hundred(?:\\s+and)?\\s+(" + BELOW_HUNDRED + ")");

	private static final Pattern HALF = Pattern.compile("(?i)a\\s+half|half\\s+a");

	private static final Pattern QUARTER = Pattern.compile("(?i)(?:a\\s+)?quarter(?:\\s+of\\s+a)?");

	private static final Pattern THREE_QUARTERS = Pattern.compile("(?i)three[\\s-]quarters(?:\\s+of\\s+a)?");

	private SpokenCompounds() {
	}

	/** The value of "two hundred and thirty four", or null for any other words. */
	static Long hundreds(String number) {
		Matcher m = HUNDREDS.matcher(number.strip());
		if (!m.matches()) {
			return null;
		}
		Long hundreds = NumberWords.cardinal(m.group(1));
		Long rest = NumberWords.cardinal(m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"));
		return hundreds == null || rest == null ? null : hundreds * 100 + rest;
	}

	/**
	 * The quarters of the scale after it the number stands for: 1 for "a quarter (of a)",
	 * 3 for "three quarters of a", 0 for any other words.
	 */
	static int quarters(String number) {
		String n = number.strip();
		return QUARTER.matcher(n).matches() ? 1 : THREE_QUARTERS.matcher(n).matches() ? 3 : 0;
	}

	/** Whether the number is "a half" or "half a", a half of the scale after it. */
	static boolean isHalf(String number) {
		return HALF.matcher(number.strip()).matches();
	}

}
