package app.quarry.generation.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a date, duration or time may begin at a number of one to three digits, by what
 * follows it: most such numbers count things ("15 people", "200 miles"), and the date
 * expression tried at each of them, failing only after every alternative that may begin
 * with a digit, was most of the time the expression took. The look is a necessary
 * condition read from {@link DateExpressions#KINDS}: a number of up to three digits
 * begins a match only as a clock ("10:35", "5 p.m."), a day before its month ("12 May",
 * "20/21 July", "3rd"), a count before its unit or range ("60 days", "two to six", "1,000
 * years", "30-day"), a year with its era ("44 BC"), a century ("5th century"), a
 * three-digit year before a stop ("in 258,"), a year written after an apostrophe ("'82")
 * or a decade with one before its "s" ("the 30's"). A longer number is not looked at.
 */
final class NumberStarts {

	/**
	 * The words (ASCII letters, in lower case) that may follow a short number and its
	 * spaces in a match: a clock's "a.m." or "pm", "4 in the morning", a month, an era, a
	 * unit, the words of a range or a half and the words between a count and its unit.
	 */
	private static final Set<String> NEXT_WORDS = nextWords();

	/** The words before a year of three digits (their first letter in either case). */
	private static final List<String> YEAR_WORDS = List.of("in", "by", "since", "until");

	private NumberStarts() {
	}

	private static Set<String> nextWords() {
		Set<String> words = new HashSet<>(List.of("a", "p", "am", "pm", "in", "b", "bc", "bce", "ad", "ce", "to", "or",
				"and", "more", "full", "additional", "whole", "straight", "consecutive", "trading", "business",
				"working", "quarters"));
		for (String month : DateExpressions.MONTH.replace("\\.", "").split("\\|")) {
			words.add(month.toLowerCase(Locale.ROOT));
		}
		for (String unit : List.of("minute", "hour", "day", "week", "month", "year", "decade")) {
			words.add(unit);
			words.add(unit + "s");
		}
		return Set.copyOf(words);
	}

	/**
	 * False only where no date can begin at {@code at}, a number's first digit: true for
	 * a number of four digits or more and wherever what follows the number leaves a match
	 * possible.
	 */
	static boolean mayStart(String text, int at) {
		int n = text.length();
		int end = at;
		while (end < n && isAsciiDigit(text.charAt(end))) {
			end++;
		}
		if (end == at || end - at > 3) {
			return true;
		}
		if (at > 0 && (text.charAt(at - 1) == '\'' || text.charAt(at - 1) == '’' || text.charAt(at - 1) == '‘')) {
			return true; // "'82", "since ’91", "in ‘02"
		}
		if (end >= n) {
			return false;
		}
		char next = text.charAt(end);
		if (next == '.') {
			// "in 258." goes on with a stop, a decimal ("3.5 percent") with a digit
			return mayBeAYearOfThreeDigits(text, at, end) && (end + 1 >= n || !isAsciiDigit(text.charAt(end + 1)));
		}
		if (next == ',') {
			return mayBeAYearOfThreeDigits(text, at, end) || goesOnAsACount(text, afterThousands(text, end));
		}
		if ((next == '\'' || next == '’') && end + 1 < n && text.charAt(end + 1) == 's') {
			return true; // "the 30's"
		}
		if (isLetter(next) || isMarkAfterANumber(next)) {
			return true; // "3rd", "5pm", "44BC", "10:35", "20/21", "30-day", "1)"
		}
		return wordAfterSpacesMayFollow(text, end);
	}

	/**
	 * Whether the number may be a year of three digits, which follows "in", "by", "since"
	 * or "until" and a space: "by 258, he was consul".
	 */
	private static boolean mayBeAYearOfThreeDigits(String text, int at, int end) {
		if (end - at != 3 || text.charAt(at) == '0' || at < 3 || !isSpace(text.charAt(at - 1))
				|| text.charAt(at - 1) == '\u00a0') {
			return false;
		}
		for (String word : YEAR_WORDS) {
			int from = at - 1 - word.length();
			if (from >= 0 && text.regionMatches(true, from, word, 0, word.length())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where the groups of thousands after a number end ("1,000,000"), or {@code at}
	 * itself where none follows.
	 */
	private static int afterThousands(String text, int at) {
		int i = at;
		while (i + 3 < text.length() && text.charAt(i) == ',' && isAsciiDigit(text.charAt(i + 1))
				&& isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))) {
			i += 4;
		}
		return i;
	}

	/**
	 * Whether a count with its thousands ("1,000") may go on to a unit or a range: only
	 * after a space or a dash.
	 */
	private static boolean goesOnAsACount(String text, int at) {
		if (at >= text.length() || text.charAt(at) == ',') {
			return false; // "5, 6": no group of thousands
		}
		char next = text.charAt(at);
		return next == '-' || next == '–' || wordAfterSpacesMayFollow(text, at);
	}

	/**
	 * Whether what follows the spaces after a number may go on with it: a word of
	 * {@link #NEXT_WORDS}, the "1/2" of a half, a dash of a range or a three-digit year's
	 * stop.
	 */
	private static boolean wordAfterSpacesMayFollow(String text, int end) {
		int n = text.length();
		int i = end;
		while (i < n && isSpace(text.charAt(i))) {
			i++;
		}
		if (i == end || i >= n) {
			return false;
		}
		char after = text.charAt(i);
		if (after == '1' || isMarkAfterANumber(after) && after != ':' && after != '/') {
			return true; // "2 1/2 years", "60 - 90 days", "in 258 ."
		}
		int from = i;
		while (i < n && isLetter(text.charAt(i))) {
			i++;
		}
		return i > from && NEXT_WORDS.contains(text.substring(from, i).toLowerCase(Locale.ROOT));
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isLetter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

	/** Marks that go on a number in a date: a clock's colon, a range, a stop... */
	private static boolean isMarkAfterANumber(char c) {
		return c == ':' || c == '/' || c == ',' || c == '-' || c == '–' || c == '.' || c == ';' || c == ')';
	}

	/** The spaces of the expression ({@code \s}) and the no-break space. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0';
	}

}
