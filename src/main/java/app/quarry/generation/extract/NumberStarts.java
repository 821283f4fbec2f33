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
 * three-digit year before a stop ("in 258,") or a year written after an apostrophe
 * ("'82"). A longer number is not looked at.
 */
final class NumberStarts {

	/**
	 * The words (ASCII letters, in lower case) that may follow a short number and its
	 * spaces in a match: a clock's "a.m." or "pm", "4 in the morning", a month, an era, a
	 * unit, the words of a range or a half and the words between a count and its unit.
	 */
	private static final Set<String> NEXT_WORDS = nextWords();

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
		if (at > 0 && (text.charAt(at - 1) == '\'' || text.charAt(at - 1) == '’')) {
			return true; // "'82", "since ’91"
		}
		if (end >= n) {
			return false;
		}
		char next = text.charAt(end);
		if (isLetter(next) || isMarkAfterANumber(next)) {
			return true; // "3rd", "5pm", "44BC", "10:35", "20/21", "1,000", "30-day",
							// "258."
		}
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
