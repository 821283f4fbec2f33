package app.quarry.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a document into sentences by rules: a period, question or exclamation mark (with
 * any closing quotes) ends a sentence unless it belongs to an abbreviation ("Sept. 7",
 * "U.S. mainland", "Dr.", "No. 5", initials as in "Isaiah X. Smith"); a line break ends a
 * sentence unless the next line plainly continues it, so headings, captions and datelines
 * without final punctuation stand alone. Works on the clean text (residue masked, same
 * length) and returns offsets and text of the stored text.
 */
public final class SentenceSplitter {

	/** Abbreviations that never end a sentence: titles before a name. */
	private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov",
			"lt", "col", "capt", "sgt", "rev", "hon", "pres", "mt", "ft", "messrs", "maj", "adm", "cmdr", "supt", "det",
			"insp", "amb", "atty", "fr", "brig", "cpl", "cdr");

	/** Abbreviations that do not end a sentence when a number follows. */
	private static final Set<String> BEFORE_NUMBER = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
			"sept", "oct", "nov", "dec", "no", "nos", "vol", "p", "pp", "art", "ch", "sec", "fig", "para", "ed", "tel",
			"c", "ca", "fl");

	/**
	 * Abbreviations that end a sentence only when a usual sentence opener follows ("the
	 * U.S. The talks ...").
	 */
	private static final Set<String> OTHER = Set.of("inc", "corp", "co", "ltd", "vs", "v", "etc", "approx", "est",
			"dept", "univ", "assn", "bros", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
			"oct", "nov", "dec");

	private static final Set<String> OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
			"but", "and", "in", "on", "this", "that", "these", "those", "however", "meanwhile", "there", "his", "her",
			"their", "its", "our", "if", "when", "while", "after", "before", "as", "at", "for", "so", "yet", "also",
			"still", "then", "since", "despite", "although", "according");

	private SentenceSplitter() {
	}

	/** The sentences of {@code text}, found in its clean text {@code clean}. */
	public static List<Sentence> split(String text, String clean) {
		if (text.length() != clean.length()) {
			throw new IllegalArgumentException("clean text must have the text's length");
		}
		List<Sentence> sentences = new ArrayList<>();
		int n = clean.length();
		int start = -1;
		int i = 0;
		while (i < n) {
			char c = clean.charAt(i);
			if (start < 0) {
				if (!Character.isWhitespace(c)) {
					start = i;
				}
				i++;
				continue;
			}
			if (c == '\n') {
				if (lineBreakEnds(clean, i)) {
					add(sentences, text, clean, start, i);
					start = -1;
				}
				i++;
				continue;
			}
			if (c == '.' || c == '!' || c == '?' || c == '…') {
				int j = i + 1;
				while (j < n && ".!?…".indexOf(clean.charAt(j)) >= 0) {
					j++;
				}
				while (j < n && "\"”’')]".indexOf(clean.charAt(j)) >= 0) {
					j++;
				}
				if (j < n && !Character.isWhitespace(clean.charAt(j))) {
					i = j;
					continue;
				}
				int k = j;
				while (k < n && Character.isWhitespace(clean.charAt(k))) {
					k++;
				}
				if (k >= n || endsHere(clean, i, j, k)) {
					add(sentences, text, clean, start, j);
					start = -1;
				}
				i = j;
				continue;
			}
			i++;
		}
		if (start >= 0) {
			add(sentences, text, clean, start, n);
		}
		return sentences;
	}

	/**
	 * Whether the terminator at {@code dot} (cluster ending at j, next text at k) ends.
	 */
	private static boolean endsHere(String clean, int dot, int j, int k) {
		char next = clean.charAt(k);
		if (Character.isLowerCase(next) || ",;:.]".indexOf(next) >= 0) {
			return false;
		}
		if (next == '(' && isCreditAtLineEnd(clean, k)) {
			return false;
		}
		if (clean.charAt(dot) != '.' || j > dot + 1) {
			return true;
		}
		String token = tokenBefore(clean, dot);
		String lower = token.toLowerCase(Locale.ROOT);
		if (TITLES.contains(lower)) {
			return false;
		}
		if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
			return false;
		}
		boolean newline = clean.substring(j, k).indexOf('\n') >= 0;
		if (newline) {
			return true;
		}
		if (Character.isDigit(next) && BEFORE_NUMBER.contains(lower)) {
			return false;
		}
		if (token.indexOf('.') > 0 || OTHER.contains(lower)) {
			return OPENERS.contains(wordAt(clean, k).toLowerCase(Locale.ROOT));
		}
		return true;
	}

	/** A short parenthesis closing its line, as a caption's "(Yonhap)" credit. */
	private static boolean isCreditAtLineEnd(String clean, int open) {
		int close = clean.indexOf(')', open);
		if (close < 0 || close - open > 40 || clean.substring(open, close).indexOf('\n') >= 0) {
			return false;
		}
		int k = close + 1;
		while (k < clean.length() && clean.charAt(k) != '\n') {
			if (!Character.isWhitespace(clean.charAt(k))) {
				return false;
			}
			k++;
		}
		return true;
	}

	/** A line break ends the sentence unless the next line plainly continues it. */
	private static boolean lineBreakEnds(String clean, int newline) {
		int k = newline + 1;
		while (k < clean.length() && Character.isWhitespace(clean.charAt(k))) {
			if (clean.charAt(k) == '\n') {
				return true;
			}
			k++;
		}
		if (k >= clean.length()) {
			return true;
		}
		int p = newline - 1;
		while (p >= 0 && Character.isWhitespace(clean.charAt(p))) {
			p--;
		}
		char last = p >= 0 ? clean.charAt(p) : '.';
		return !(Character.isLowerCase(clean.charAt(k)) || ",;(-–—".indexOf(last) >= 0);
	}

	private static String tokenBefore(String clean, int dot) {
		int b = dot;
		while (b > 0 && (Character.isLetter(clean.charAt(b - 1)) || clean.charAt(b - 1) == '.')) {
			b--;
		}
		return clean.substring(b, dot);
	}

	private static String wordAt(String clean, int k) {
		int e = k;
		while (e < clean.length() && Character.isLetter(clean.charAt(e))) {
			e++;
		}
		return clean.substring(k, e);
	}

	private static void add(List<Sentence> sentences, String text, String clean, int start, int end) {
		while (end > start && Character.isWhitespace(clean.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			start = AsciiQuotes.markStart(text, clean, start);
			end = AsciiQuotes.markEnd(text, clean, end);
			sentences.add(new Sentence(start, end, text.substring(start, end)));
		}
	}

}
