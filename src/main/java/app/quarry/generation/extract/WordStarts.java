package app.quarry.generation.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

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

	/** The trigger sets in use (constants of the finders), each as a table. */
	private static final Map<Set<String>, WordTable> TABLES = Collections.synchronizedMap(new IdentityHashMap<>());

	/** More sets than the finders have would mean sets made per call: not kept. */
	private static final int MAX_TABLES = 16;

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
		forEachUntil(text, triggers, at -> {
			visit.accept(at);
			return true;
		});
	}

	/**
	 * The same, stopping at the first start where {@code visit} answers false: a reader
	 * that has found what it looks for need not scan the rest of the text.
	 */
	static void forEachUntil(String text, Set<String> triggers, IntPredicate visit) {
		WordTable table = table(triggers);
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
				if (!visit.test(start)) {
					return;
				}
				while (i < n && isLetterOrDigit(text.charAt(i))) {
					i++;
				}
				continue;
			}
			while (i < n && isLetter(text.charAt(i))) {
				i++;
			}
			if (i - start <= 12 && table.contains(text, start, i) && !visit.test(start)) {
				return;
			}
			while (i < n && isLetterOrDigit(text.charAt(i))) {
				i++;
			}
		}
	}

	private static WordTable table(Set<String> triggers) {
		WordTable table = TABLES.get(triggers);
		if (table == null) {
			table = new WordTable(triggers);
			if (TABLES.size() < MAX_TABLES) {
				TABLES.put(triggers, table);
			}
		}
		return table;
	}

	/**
	 * A set of words looked up by a stretch of a text, so that the scan makes no string
	 * of each word of a document to look it up.
	 */
	private static final class WordTable {

		private final String[] slots;

		private final int mask;

		WordTable(Set<String> words) {
			int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
			this.slots = new String[size];
			this.mask = size - 1;
			for (String word : words) {
				int at = hash(word, 0, word.length()) & this.mask;
				while (this.slots[at] != null) {
					at = (at + 1) & this.mask;
				}
				this.slots[at] = word;
			}
		}

		boolean contains(String text, int from, int to) {
			int length = to - from;
			for (int at = hash(text, from, to) & this.mask; this.slots[at] != null; at = (at + 1) & this.mask) {
				String word = this.slots[at];
				if (word.length() == length && text.regionMatches(from, word, 0, length)) {
					return true;
				}
			}
			return false;
		}

		private static int hash(String text, int from, int to) {
			int h = 0;
			for (int i = from; i < to; i++) {
				h = 31 * h + text.charAt(i);
			}
			return h ^ (h >>> 16);
		}

	}

}
