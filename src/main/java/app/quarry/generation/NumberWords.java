package app.quarry.generation;

import java.util.List;
import java.util.Locale;

/** Numbers written as the document writes them: "27", "two", "fourth", "70th". */
final class NumberWords {

	private static final List<String> CARDINALS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
			"eighteen", "nineteen", "twenty");

	private static final List<String> ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth",
			"sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
			"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

	private NumberWords() {
	}

	/**
	 * {@code n} in the style of {@code original} (a word, digits, or digits with a
	 * suffix).
	 */
	static String inStyleOf(String original, long n, boolean ordinal) {
		String first = original.strip().split("\\s+")[0];
		boolean word = Character.isLetter(first.charAt(0));
		boolean capital = Character.isUpperCase(first.charAt(0));
		String text;
		if (word && n >= 0 && n <= 20) {
			text = ordinal ? ORDINALS.get((int) n) : CARDINALS.get((int) n);
		}
		else {
			text = ordinal ? n + suffix(n) : Long.toString(n);
		}
		return capital ? Prose.capitalize(text) : text;
	}

	/** True for "27", "70th", "two", "fourth"; false for "a" (as in "a hundred"). */
	static boolean isNumber(String word) {
		String w = lower(word);
		return w.matches("\\d+(st|nd|rd|th)?") || CARDINALS.contains(w) || ORDINALS.contains(w);
	}

	/** The written forms a typed answer is accepted for. */
	static List<String> accepted(long n, boolean ordinal) {
		String digits = ordinal ? n + suffix(n) : Long.toString(n);
		if (n < 0 || n > 20) {
			return List.of(digits);
		}
		String word = ordinal ? ORDINALS.get((int) n) : CARDINALS.get((int) n);
		return ordinal ? List.of(word, digits, Long.toString(n)) : List.of(digits, word);
	}

	private static String suffix(long n) {
		long tens = n % 100;
		if (tens >= 11 && tens <= 13) {
			return "th";
		}
		return switch ((int) (n % 10)) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
	}

	static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}

}
