package app.quarry.generation.extract;

import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of an expression that can begin only at a few kinds of character (a digit,
 * a currency sign, the first letter of a few words), found by trying it only there.
 * Java's {@link Matcher#find()} tries an expression at every character of the text, and
 * an alternation tried at every character of every document or prompt costs more than the
 * rest of the reading; here a cheap test of the character skips the others. The matches
 * are the ones {@code find} gives, in the same order, provided every match can only begin
 * where {@code mayStart} holds (and the expression has no {@code \G}).
 */
public final class SparseMatches {

	private SparseMatches() {
	}

	/**
	 * Finds the next match from {@code from} on, as {@link Matcher#find()} would from
	 * there; the matcher then holds it. The matcher must read {@code text} with
	 * transparent and non-anchoring bounds, so that looks behind and ahead see the text
	 * around the place tried, as they do for {@code find}.
	 */
	public static boolean find(Matcher matcher, String text, int from, IntPredicate mayStart) {
		int n = text.length();
		for (int at = from; at <= n; at++) {
			if (mayStart.test(at)) {
				matcher.region(at, n);
				if (matcher.lookingAt()) {
					return true;
				}
			}
		}
		return false;
	}

	/** A matcher of the text whose bounds let {@link #find} see the whole text. */
	public static Matcher matcher(Pattern pattern, String text) {
		return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
	}

	/** Where the next search begins after a match: past it, or one on if it was empty. */
	public static int next(Matcher matcher) {
		return matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
	}

	/**
	 * The text with every match replaced by what {@code replacement} makes of it, taken
	 * literally: as {@link Matcher#replaceAll(Function)} does for a replacement without
	 * "$" or "\".
	 */
	public static String replaceAll(Pattern pattern, String text, IntPredicate mayStart,
			Function<Matcher, String> replacement) {
		Matcher m = matcher(pattern, text);
		StringBuilder out = null;
		int copied = 0;
		for (int from = 0; from <= text.length() && find(m, text, from, mayStart); from = next(m)) {
			if (out == null) {
				out = new StringBuilder(text.length());
			}
			out.append(text, copied, m.start()).append(replacement.apply(m));
			copied = m.end();
		}
		return out == null ? text : out.append(text, copied, text.length()).toString();
	}

	/** Whether a character is an ASCII digit, as {@code \d} reads one. */
	public static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/**
	 * Whether a word may begin at {@code at}: no ASCII letter, digit or underscore stands
	 * before it. Every place where {@code \b} precedes a letter passes.
	 */
	public static boolean afterNonWord(String text, int at) {
		if (at == 0) {
			return true;
		}
		char c = text.charAt(at - 1);
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_');
	}

}
