package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.Sentence;

/**
 * "Profits in the fourth quarter rose to $77m, up from $38m in the same period of 2003",
 * "sales in February were up 9% on the same month in 2004": a year after "the same period
 * of" is the period its sentence named before, in that year. Only a quarter, a half or a
 * month named earlier in the same sentence is taken; without one the year stays the year.
 */
final class SamePeriodOfYear {

	/** "the same period of ", "the same time in ", "the corresponding quarter of ". */
	private static final Pattern SAME_PERIOD = Pattern.compile(
			"(?i)\\bthe\\s+(?:same|corresponding|comparable)\\s+(?:period|quarter|month|time|half)\\s+(?:of|in)\\s+$");

	/**
	 * A period a report names: "the fourth quarter", "4th-quarter", "the first half", "in
	 * May".
	 */
	private static final Pattern NAMED_PERIOD = Pattern.compile("(?i)\\b(?<q>first|second|third|fourth|1st|2nd|3rd|4th)"
			+ "(?:\\s+|-)(?:fiscal\\s+)?quarter\\b|\\b(?<h>first|second)\\s+half\\b|\\b(?:in|for|during)\\s+(?<m>(?-i:"
			+ DateExpressions.FULL_MONTH + "))\\b(?!\\s+\\d)");

	private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

	private SamePeriodOfYear() {
	}

	/**
	 * The period of {@code year} that the words before {@code at} in its sentence refer
	 * back to; null when they refer to none.
	 */
	static String of(DateRun run, String clean, int at, int year) {
		List<Sentence> sentences = run.doc.sentences();
		int index = run.sentenceIndex(at);
		if (index >= sentences.size()) {
			return null;
		}
		int from = Math.max(0, Math.min(sentences.get(index).start(), at));
		String before = clean.substring(from, at);
		Matcher same = SAME_PERIOD.matcher(before);
		if (!same.find()) {
			return null;
		}
		String unit = same.group().toLowerCase(Locale.ROOT);
		Matcher named = NAMED_PERIOD.matcher(before.substring(0, same.start()));
		String value = null;
		while (named.find()) {
			if (named.group("q") != null && !unit.contains("month") && !unit.contains("half")) {
				value = CalendarSpans.quarter(number(named.group("q")), year);
			}
			else if (named.group("h") != null && !unit.contains("month") && !unit.contains("quarter")) {
				value = CalendarSpans.half(number(named.group("h")), year);
			}
			else if (named.group("m") != null && !unit.contains("quarter") && !unit.contains("half")) {
				value = year + "-" + String.format("%02d", monthNumber(named.group("m")));
			}
			else {
				value = null;
			}
		}
		return value;
	}

	private static int number(String ordinal) {
		String o = ordinal.toLowerCase(Locale.ROOT);
		return Character.isDigit(o.charAt(0)) ? o.charAt(0) - '0' : ORDINALS.indexOf(o) + 1;
	}

	private static int monthNumber(String name) {
		return List.of(DateExpressions.FULL_MONTH.split("\\|")).indexOf(name) + 1;
	}

}
