package app.quarry.bank.grading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed date into ISO 8601 values: {@code 2018-04-01}, {@code 2018-04},
 * {@code 2018}, {@code --04-01} (month and day without a year) or a range
 * {@code 2019-02-27/2019-02-28}.
 * <p>
 * Numeric dates with slashes or dots are read both ways, month first (US) and day first.
 * When only one reading is a real date ("4/13/2018", "13/4/2018"), or both readings are
 * the same day ("4/4/2018"), the date is unambiguous; otherwise ("4/1/2018") both
 * readings are returned and the caller treats the response as ambiguous. Two-digit years
 * are read as 20xx. Day and month without a year ("24/05") are read the same way, as
 * {@code --05-24}; a month alone ("Sept.") is {@code --09}.
 */
final class DateReader {

	private static final Map<String, Integer> MONTHS = months();

	private static final String MONTH = "(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)";

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?");

	private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})");

	private static final Pattern SAME_YEAR = Pattern.compile(" (?:of |in )?(?:that|the same) year$");

	private static final Pattern NUMERIC_DAY_MONTH = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})");

	private static final Pattern MONTH_ALONE = Pattern.compile(MONTH);

	private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + " " + DAY + "(?: (\\d{4}))?");

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(?:the )?" + DAY + " (?:of )?" + MONTH + "(?: (\\d{4}))?");

	private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "(?: of)? (\\d{4})");

	private static final Pattern MONTH_RANGE = Pattern
		.compile(MONTH + " " + DAY + " (?:to |and )?" + DAY + "(?: (\\d{4}))?");

	private static final Pattern DAY_RANGE = Pattern
		.compile(DAY + " (?:to |and )?" + DAY + " (?:of )?" + MONTH + "(?: (\\d{4}))?");

	private DateReader() {
	}

	/** Every reading of the text as a date; empty when it is not a date at all. */
	static List<String> read(String text) {
		String plain = TextNormalizer.plain(text).toLowerCase(Locale.ROOT);
		Matcher iso = ISO.matcher(plain);
		if (iso.matches()) {
			return iso(iso);
		}
		Matcher numeric = NUMERIC.matcher(plain);
		if (numeric.matches()) {
			return numeric(numeric);
		}
		Matcher dayMonth = NUMERIC_DAY_MONTH.matcher(plain);
		if (dayMonth.matches()) {
			return bothWays(null, Integer.parseInt(dayMonth.group(1)), Integer.parseInt(dayMonth.group(2)));
		}
		// "Sept. 18-20 of that year": the question names the year elsewhere
		String words = SAME_YEAR.matcher(TextNormalizer.words(plain)).replaceFirst("");
		Matcher m;
		if ((m = MONTH_RANGE.matcher(words)).matches()) {
			return range(m.group(4), MONTHS.get(m.group(1)), m.group(2), m.group(3));
		}
		if ((m = DAY_RANGE.matcher(words)).matches()) {
			return range(m.group(4), MONTHS.get(m.group(3)), m.group(1), m.group(2));
		}
		if ((m = MONTH_DAY_YEAR.matcher(words)).matches()) {
			return day(m.group(3), MONTHS.get(m.group(1)), Integer.parseInt(m.group(2)));
		}
		if ((m = DAY_MONTH_YEAR.matcher(words)).matches()) {
			return day(m.group(3), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)));
		}
		if ((m = MONTH_YEAR.matcher(words)).matches()) {
			return List.of(m.group(2) + "-" + two(MONTHS.get(m.group(1))));
		}
		if ((m = MONTH_ALONE.matcher(words)).matches()) {
			return List.of("--" + two(MONTHS.get(m.group(1))));
		}
		return List.of();
	}

	private static List<String> iso(Matcher iso) {
		if (iso.group(2) == null) {
			return List.of(iso.group(1));
		}
		int month = Integer.parseInt(iso.group(2));
		if (iso.group(3) == null) {
			return (month >= 1 && month <= 12) ? List.of(iso.group(1) + "-" + two(month)) : List.of();
		}
		return day(iso.group(1), month, Integer.parseInt(iso.group(3)));
	}

	private static List<String> numeric(Matcher numeric) {
		int first = Integer.parseInt(numeric.group(1));
		int second = Integer.parseInt(numeric.group(2));
		String year = (numeric.group(3).length() == 2) ? "20" + numeric.group(3) : numeric.group(3);
		return bothWays(year, first, second);
	}

	/** Month first, then day first where that is another real day. */
	private static List<String> bothWays(String year, int first, int second) {
		List<String> readings = new ArrayList<>(day(year, first, second));
		for (String dayFirst : day(year, second, first)) {
			if (!readings.contains(dayFirst)) {
				readings.add(dayFirst);
			}
		}
		return readings;
	}

	private static List<String> range(String year, int month, String from, String to) {
		List<String> start = day(year, month, Integer.parseInt(from));
		List<String> end = day(year, month, Integer.parseInt(to));
		return (start.isEmpty() || end.isEmpty() || start.get(0).compareTo(end.get(0)) >= 0) ? List.of()
				: List.of(start.get(0) + "/" + end.get(0));
	}

	/**
	 * One day, or nothing when it is not on the calendar (Feb 30); a missing year gives
	 * --MM-DD.
	 */
	private static List<String> day(String year, int month, int day) {
		try {
			LocalDate date = LocalDate.of((year == null) ? 2000 : Integer.parseInt(year), month, day);
			return List.of((year == null) ? "--" + two(month) + "-" + two(day) : date.toString());
		}
		catch (DateTimeException ex) {
			return List.of();
		}
	}

	/**
	 * The value without its year, as a date typed without one reads: {@code 2018-05-24}
	 * is {@code --05-24}, {@code 2018-09} is {@code --09}, a range loses the year at both
	 * ends; a year alone has nothing left.
	 */
	static String withoutYear(String value) {
		if (value.contains("/")) {
			String[] ends = value.split("/", 2);
			String from = withoutYear(ends[0]);
			String to = withoutYear(ends[1]);
			return (from.isEmpty() || to.isEmpty()) ? "" : from + "/" + to;
		}
		if (value.startsWith("--")) {
			return value;
		}
		return (value.length() > 4 && value.charAt(4) == '-') ? "-" + value.substring(4) : "";
	}

	private static String two(int number) {
		return (number < 10) ? "0" + number : Integer.toString(number);
	}

	private static Map<String, Integer> months() {
		String[] names = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
		String[] full = { "january", "february", "march", "april", "may", "june", "july", "august", "september",
				"october", "november", "december" };
		Map<String, Integer> months = new java.util.HashMap<>();
		for (int i = 0; i < 12; i++) {
			months.put(names[i], i + 1);
			months.put(full[i], i + 1);
		}
		months.put("sept", 9);
		return Map.copyOf(months);
	}

}
