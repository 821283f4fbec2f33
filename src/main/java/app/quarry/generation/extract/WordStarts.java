package app.quarry.generation.extract;

import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Visits the starts of the words that may begin an expression, so that a large
 * alternation is tried at a few places instead of at every character (Java's regex engine
 * has no prefix filter for alternations, and trying one at every offset costs
 * microseconds per character).
 */
final class WordStarts {

	/** ASCII letters and digits looked up in a table: the scan reads every character. */
	private static final boolean[] ASCII_LETTER = new boolean[128];

	private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

	static {
		for (char c = 0; c < 128; c++) {
			ASCII_LETTER[c] = Character.isLetter(c);
			ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
		}
	}

	private WordStarts() {
	}

	private static boolean isLetter(char c) {
		return c < 128 ? ASCII_LETTER[c] : Character.isLetter(c);
	}

	private static boolean isLetterOrDigit(char c) {
		return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
	}

	/**
	 * Calls {@code visit} at every start of a word that begins with a digit or whose
	 * letters (up to the first non-letter) are in {@code triggers}.
	 */
	static void forEach(String text, Set<String> triggers, IntConsumer visit) {
		int n = text.length();
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			if (!isLetterOrDigit(c)) {
				i++;
				continue;
			}
			int start = i;
			if (Character.isDigit(c)) {
				visit.accept(start);
				while (i < n && isLetterOrDigit(text.charAt(i))) {
					i++;
				}
				continue;
			}
			while (i < n && isLetter(text.charAt(i))) {
				i++;
			}
			if (i - start <= 12 && triggers.contains(text.substring(start, i))) {
				visit.accept(start);
			}
			while (i < n && isLetterOrDigit(text.charAt(i))) {
				i++;
			}
		}
	}

}
