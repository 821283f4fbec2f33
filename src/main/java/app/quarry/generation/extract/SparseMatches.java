package app.quarry.generation.extract;

import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of an expression that can begin only with a few characters (a digit, a
 * currency sign, the first letters of a few words), found by trying it only there. Java's
 * {@link Matcher#find()} tries an expression at every character of the text, and an
 * alternation tried at every character of every document or prompt costs more than the
 * rest of the reading; here a table of the first characters skips the others. The matches
 * are the ones {@code find} gives, in the same order, provided every match begins with
 * one of those characters (and, for {@link #atWordStarts}, where a word may begin), and
 * the expression has no {@code \G}.
 */
public final class SparseMatches {

	private final Pattern pattern;

	/** The ASCII characters a match may begin with. */
	private final boolean[] ascii = new boolean[128];

	/**
	 * The ASCII characters a match may begin with only where a word begins: the first
	 * letters of the words of an alternative that opens with {@code \b}.
	 */
	private final boolean[] asciiAtWordStart = new boolean[128];

	/** Whether a match may begin with a character beyond ASCII. */
	private final IntPredicate beyondAscii;

	/** Whether a match begins a word, so never just after a letter, digit or "_". */
	private final boolean wordStart;

	private SparseMatches(Pattern pattern, String asciiFirst, IntPredicate beyondAscii, boolean wordStart) {
		this(pattern, asciiFirst, "", beyondAscii, wordStart);
	}

	private SparseMatches(Pattern pattern, String asciiFirst, String asciiFirstAtWordStart, IntPredicate beyondAscii,
			boolean wordStart) {
		this.pattern = pattern;
		for (char c : asciiFirst.toCharArray()) {
			this.ascii[c] = true;
		}
		for (char c : asciiFirstAtWordStart.toCharArray()) {
			this.asciiAtWordStart[c] = true;
		}
		this.beyondAscii = beyondAscii;
		this.wordStart = wordStart;
	}

	/**
	 * The matches of an expression whose every match begins with one of the ASCII
	 * characters {@code asciiFirst} or a character {@code beyondAscii} accepts.
	 */
	public static SparseMatches beginningWith(Pattern pattern, String asciiFirst, IntPredicate beyondAscii) {
		return new SparseMatches(pattern, asciiFirst, beyondAscii, false);
	}

	/** The same, with no character beyond ASCII. */
	public static SparseMatches beginningWith(Pattern pattern, String asciiFirst) {
		return beginningWith(pattern, asciiFirst, c -> false);
	}

	/**
	 * The same for an expression whose matches also begin words ({@code \b} before a
	 * letter): a place just after an ASCII letter, digit or "_" is not tried.
	 */
	public SparseMatches atWordStarts() {
		return new SparseMatches(this.pattern, chars(this.ascii), chars(this.asciiAtWordStart), this.beyondAscii, true);
	}

	/**
	 * The same, also tried where a word begins with one of the ASCII characters
	 * {@code wordFirst}: for an expression that begins either with one of the characters
	 * given before, anywhere, or with a word after {@code \b} ("[0-9]|\b(?:one|two)"). A
	 * word's letter is not tried just after an ASCII letter, digit or "_".
	 */
	public SparseMatches orWordsBeginningWith(String wordFirst) {
		return new SparseMatches(this.pattern, chars(this.ascii), chars(this.asciiAtWordStart) + wordFirst,
				this.beyondAscii, this.wordStart);
	}

	/** The ASCII characters a table holds. */
	private static String chars(boolean[] table) {
		StringBuilder chars = new StringBuilder();
		for (char c = 0; c < 128; c++) {
			if (table[c]) {
				chars.append(c);
			}
		}
		return chars.toString();
	}

	/** A matcher of the text whose bounds let {@link #find} see the whole text. */
	public Matcher matcher(String text) {
		return this.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
	}

	/**
	 * Finds the next match from {@code from} on, as {@link Matcher#find()} would from
	 * there; the matcher, made by {@link #matcher} for {@code text}, then holds it. The
	 * next search begins at the match's end: no match is empty.
	 */
	public boolean find(Matcher matcher, String text, int from) {
		int n = text.length();
		for (int at = from; at < n; at++) {
			char c = text.charAt(at);
			if (c < 128
					? this.ascii[c] && (!this.wordStart || afterNonWord(text, at))
							|| this.asciiAtWordStart[c] && afterNonWord(text, at)
					: this.beyondAscii.test(c) && (!this.wordStart || afterNonWord(text, at))) {
				matcher.region(at, n);
				if (matcher.lookingAt()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The text with every match replaced by what {@code replacement} makes of it, taken
	 * literally: as {@link Matcher#replaceAll(Function)} does for a replacement without
	 * "$" or "\".
	 */
	public String replaceAll(String text, Function<Matcher, String> replacement) {
		Matcher m = matcher(text);
		StringBuilder out = null;
		int copied = 0;
		for (int from = 0; find(m, text, from); from = m.end()) {
			if (out == null) {
				out = new StringBuilder(text.length());
			}
			out.append(text, copied, m.start()).append(replacement.apply(m));
			copied = m.end();
		}
		return out == null ? text : out.append(text, copied, text.length()).toString();
	}

	/**
	 * Whether a word may begin at {@code at}: no ASCII letter, digit or "_" stands before
	 * it. Every place where {@code \b} precedes a letter passes.
	 */
	static boolean afterNonWord(String text, int at) {
		if (at == 0) {
			return true;
		}
		char c = text.charAt(at - 1);
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
	}

}
