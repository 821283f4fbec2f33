package app.quarry.generation.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A dozen that says how many though no number stands before it: "the dozen classmates"
 * are twelve, "half a dozen states" and "a half dozen states" six. "Dozens" and "two
 * dozen" are left to the rules for numbers.
 */
final class Dozens {

	/**
	 * "half" as a word of its own at the end of what comes before: a line break or a
	 * quotation mark may stand before it as well as a space.
	 */
	private static final Pattern HALF_BEFORE = Pattern.compile("(?:^|[^\\p{L}\\p{N}])half $");

	private static final Pattern A_HALF_BEFORE = Pattern.compile("(?:^|[^\\p{L}\\p{N}])a half $");

	private Dozens() {
	}

	/**
	 * A dozen's value and how many characters before the number word its phrase starts.
	 */
	record Told(long value, int back) {

	}

	/**
	 * The dozen the number word {@code card} tells with the words before it, or null when
	 * it is no dozen told this way.
	 */
	static Told read(String card, String lowerBefore) {
		String word = card.toLowerCase(Locale.ROOT);
		if (word.equals("a dozen") && HALF_BEFORE.matcher(lowerBefore).find()) {
			return new Told(6, "half ".length()); // "half a dozen"
		}
		if (!word.equals("dozen")) {
			return null;
		}
		if (A_HALF_BEFORE.matcher(lowerBefore).find()) {
			return new Told(6, "a half ".length());
		}
		if (HALF_BEFORE.matcher(lowerBefore).find()) {
			return new Told(6, "half ".length());
		}
		return lowerBefore.endsWith(" the ") ? new Told(12, 0) : null;
	}

}
