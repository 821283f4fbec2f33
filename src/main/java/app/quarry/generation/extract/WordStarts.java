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

	private WordStarts() {
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
			if (!Character.isLetterOrDigit(c)) {
				i++;
				continue;
			}
			int start = i;
			if (Character.isDigit(c)) {
				visit.accept(start);
				while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
					i++;
				}
				continue;
			}
			while (i < n && Character.isLetter(text.charAt(i))) {
				i++;
			}
			if (i - start <= 12 && triggers.contains(text.substring(start, i))) {
				visit.accept(start);
			}
			while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
		}
	}

}
