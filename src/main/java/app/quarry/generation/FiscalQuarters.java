package app.quarry.generation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's quarters when its year is not the calendar's: "its fiscal year ends Sept.
 * 30", "for the year ended June 30". Its fourth quarter reported in November is July to
 * September. Extraction reads a numbered quarter as the calendar's, as TimeML does
 * ("1989-Q4"); a reader asked for the months answers with the company's own.
 */
final class FiscalQuarters {

	/**
	 * "fiscal year ends Sept. 30", "the fiscal year, which ended June 30", "for the year
	 * ended Sept. 30".
	 */
	private static final Pattern YEAR_END = Pattern
		.compile("(?i)(?:\\bfiscal\\s+year|\\b(?:for|in)\\s+the\\s+(?:fiscal\\s+)?year),?\\s+(?:which\\s+|that\\s+)?"
				+ "(?:ends|ended|ending)\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*\\d{1,2}\\b");

	/** "its fourth quarter ended Sept. 30", "the third fiscal quarter ending Aug. 31". */
	private static final Pattern QUARTER_END = Pattern.compile("(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th)"
			+ "[\\s-]+(?:fiscal\\s+)?quarter,?\\s+(?:which\\s+|that\\s+)?(?:ends|ended|ending)\\s+"
			+ "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*\\d{1,2}\\b");

	private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

	/** A calendar quarter's span of months: "1989-10/1989-12". */
	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-(01|04|07|10)/\\1-(03|06|09|12)");

	private FiscalQuarters() {
	}

	/**
	 * "fiscal 1989", "the fiscal third quarter", "its fiscal year": a company's own year,
	 * whose months the text may not give.
	 */
	private static final Pattern FISCAL = Pattern
		.compile("(?i)\\bfiscal\\s+(?:years?|quarters?|(?:19|20)\\d\\d|first|second|third|fourth|1st|2nd|3rd|4th)\\b");

	/** What a document says of its company's year. */
	private enum Year {

		/** None, or one ending in December: quarters are the calendar's. */
		CALENDAR,
		/**
		 * One ending in March, June or September: quarters shifted from the calendar's.
		 */
		SHIFTED,
		/**
		 * A fiscal year whose end the text does not give, or gives off a quarter's end.
		 */
		UNKNOWN

	}

	/**
	 * The months a quarter read as the calendar's stands for in a document's company: its
	 * fiscal year is named by the calendar year it ends in, so with a year ending in
	 * September the fourth quarter of 1989 is July to September 1989; with a fiscal year
	 * whose months the text does not give, only the year is sure. Any value other than a
	 * calendar quarter is returned as it is.
	 */
	static String months(String value, String text) {
		Matcher m = value == null ? null : QUARTER.matcher(value);
		if (m == null || !m.matches()) {
			return value;
		}
		int end = endMonth(text);
		return switch (year(text, end)) {
			case CALENDAR -> value;
			case UNKNOWN -> m.group(1);
			case SHIFTED -> shifted(m, end);
		};
	}

	/** Whether a document's quarters and months so far are the calendar's. */
	static boolean calendar(String text) {
		return year(text, endMonth(text)) == Year.CALENDAR;
	}

	/** Whether a document's quarters have months the text makes sure of. */
	static boolean monthsKnown(String text) {
		return year(text, endMonth(text)) != Year.UNKNOWN;
	}

	private static Year year(String text, int end) {
		if (end == 12) {
			return Year.CALENDAR;
		}
		if (end > 0 && end % 3 == 0) {
			return Year.SHIFTED;
		}
		return end < 0 && !FISCAL.matcher(text).find() ? Year.CALENDAR : Year.UNKNOWN;
	}

	/**
	 * The month a document's fiscal year ends in when it says so; 0 when it names two
	 * different ends (a company's and another's, or a change of year), -1 when none.
	 */
	private static int endMonth(String text) {
		int month = -1;
		Matcher m = YEAR_END.matcher(text);
		while (m.find()) {
			month = agreed(month, month(m.group(1)));
		}
		Matcher q = QUARTER_END.matcher(text);
		while (q.find()) {
			// the third quarter ended Aug. 31: a year ending in November
			int n = quarterNumber(q.group(1));
			month = agreed(month, Math.floorMod(month(q.group(2)) + 3 * (4 - n) - 1, 12) + 1);
		}
		return month;
	}

	private static int quarterNumber(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		return w.startsWith("fo") || w.startsWith("4") ? 4
				: w.startsWith("t") || w.startsWith("3") ? 3 : w.startsWith("s") || w.startsWith("2") ? 2 : 1;
	}

	/** The year end two statements agree on; 0 when they do not. */
	private static int agreed(int month, int other) {
		return month < 0 || month == other ? other : 0;
	}

	private static String shifted(Matcher quarter, int endMonth) {
		int shift = 12 - endMonth;
		int year = Integer.parseInt(quarter.group(1));
		int first = Integer.parseInt(quarter.group(2)) - shift;
		int startYear = first < 1 ? year - 1 : year;
		first = first < 1 ? first + 12 : first;
		return String.format(Locale.ROOT, "%d-%02d/%d-%02d", startYear, first, startYear, first + 2);
	}

	private static int month(String name) {
		return MONTHS.indexOf(name.toLowerCase(Locale.ROOT).substring(0, 3)) / 3 + 1;
	}

}
