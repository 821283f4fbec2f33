package app.quarry.generation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text comparisons that ignore case, accents, quote styles and punctuation. */
final class Prose {

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Prose() {
	}

	/**
	 * Lower case words separated by single spaces: "Kim Jong-un’s" becomes "kim jong un
	 * s".
	 */
	static String normalize(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	/**
	 * True when {@code part} appears in {@code text} as whole words, after normalizing
	 * both.
	 */
	static boolean mentions(String text, String part) {
		String p = normalize(part);
		return !p.isEmpty() && (" " + normalize(text) + " ").contains(" " + p + " ");
	}

	static int words(String text) {
		String n = normalize(text);
		return n.isEmpty() ? 0 : n.split(" ").length;
	}

	static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
