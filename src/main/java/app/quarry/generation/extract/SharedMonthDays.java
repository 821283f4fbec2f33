package app.quarry.generation.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days that share the month written before them: "on April 24 and 25", "May 5, 6 or 7".
 * The later days are dates of their own, in the month and year of the first; a number
 * after "and" that goes on as an amount ("April 24 and 25 percent") or does not come
 * after the first day is not one.
 */
final class SharedMonthDays {

	/** A first day written with its month: "April 24", "Sept. 7th". */
	private static final Pattern MONTH_DAY = Pattern
		.compile("(?:" + DateExpressions.MONTH + ")\\s+\\d{1,2}(?:st|nd|rd|th)?");

	/**
	 * The next day of a list: ", 25", " and 25", " or 25th", ending its phrase or
	 * followed by a word that does not make the number an amount.
	 */
	private static final Pattern LIST_GOES_ON = Pattern.compile("\\s*,|\\s+(?:and|or|&)\\s");

	private static final Pattern NEXT_DAY = Pattern
		.compile("(?:\\s*,)?\\s+(?:(?:and|or|&)\\s+)?(\\d{1,2})(?:st|nd|rd|th)?"
				+ "(?=\\s*(?:[,.;:!?)\"”]|$)|\\s+(?:and|or|at|in|on|when|with|from|for|to|before|after|during|while|that|which|"
				+ "but|as|respectively)\\b)");

	private static final Pattern YEAR_AFTER = Pattern.compile("\\s*,\\s*(\\d{4})\\b");

	private SharedMonthDays() {
	}

	/** Adds the days that follow each month-day of the run as dates of their own. */
	static void add(DateRun run) {
		String clean = run.doc.cleanText();
		for (int i = 0; i < run.facts.size(); i++) {
			if (!(run.facts.get(i) instanceof DateFact first) || first.value() == null || first.value().length() != 10
					|| !MONTH_DAY.matcher(first.text()).matches()) {
				continue;
			}
			LocalDate day = IsoDates.day(first.value());
			int end = first.end();
			int insert = i + 1;
			Matcher m = NEXT_DAY.matcher(clean).useTransparentBounds(true).useAnchoringBounds(false);
			while (end < clean.length() && m.region(end, clean.length()).lookingAt()) {
				int next = Integer.parseInt(m.group(1));
				boolean joined = m.group().matches("(?s)(?:\\s*,)?\\s+(?:and|or|&)\\s+.*");
				// "May 5, 6 and 7": a day after a comma is listed only when the list goes
				// on
				// after it ("By June 1, 30 in all had fled" is no June 30)
				boolean listed = joined || m.group().contains(",")
						&& LIST_GOES_ON.matcher(clean).region(m.end(), clean.length()).lookingAt();
				if (!listed || next <= day.getDayOfMonth() || next > day.lengthOfMonth()
						|| insert < run.facts.size() && run.facts.get(insert).start() < m.end()) {
					break;
				}
				day = day.withDayOfMonth(next);
				run.facts.add(insert++, run.dateFact(m.start(1), m.end(), day.toString(), false));
				end = m.end();
				if (joined) {
					break;
				}
			}
			if (insert - i > 1) {
				yearAfter(run, clean, i, insert, end);
			}
			i = insert - 1;
		}
	}

	/**
	 * "April 24 and 25, 1999": the year written after the last day is every day's, and
	 * part of the last day's words rather than a year of its own.
	 */
	private static void yearAfter(DateRun run, String clean, int from, int to, int end) {
		Matcher y = YEAR_AFTER.matcher(clean).region(end, clean.length());
		if (!y.lookingAt()) {
			return;
		}
		int year = Integer.parseInt(y.group(1));
		if (to < run.facts.size() && run.facts.get(to).start() < y.end()) {
			run.facts.remove(to);
		}
		for (int k = from; k < to; k++) {
			DateFact d = (DateFact) run.facts.get(k);
			LocalDate v = IsoDates.day(d.value());
			String value = v.getDayOfMonth() > YearMonth.of(year, v.getMonth()).lengthOfMonth() ? null
					: v.withYear(year).toString();
			int e = k == to - 1 ? y.end() : d.end();
			run.facts.set(k, new DateFact(run.text(d.start(), e), d.start(), e, value, false));
		}
	}

}
