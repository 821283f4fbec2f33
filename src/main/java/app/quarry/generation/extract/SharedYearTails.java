package app.quarry.generation.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month written without its year before another that has one: "between September and
 * October of 2007", "in May or June of this year", "from April to June 2005". The year
 * written once at the end is the first month's too (the year before, where a span runs
 * over the new year: "from November to February 1999"), instead of one guessed from the
 * reference date.
 */
final class SharedYearTails {

	/** A month, or a month and day, written with no year of its own. */
	private static final Pattern FIRST = Pattern
		.compile("(?:" + DateExpressions.FULL_MONTH + ")(?:\\s+(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?)?");

	/** The words that join the two into one span or one choice. */
	private static final Pattern JOIN = Pattern
		.compile("\\s+(?:(?<pair>and|or)|(?<span>to|through|until|till))\\s+|\\s*(?<dash>[–—-])\\s*");

	/** The second, starting with its month and ending with its year written out. */
	private static final Pattern SECOND = Pattern.compile("(?:" + DateExpressions.MONTH + ")\\b.*?(?:\\d{4}|\\byear)");

	private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

	private SharedYearTails() {
	}

	/** Gives each first month of such a pair the year written after the second. */
	static void add(DateRun run) {
		String clean = run.doc.cleanText();
		for (int i = run.facts.size() - 2; i >= 0; i--) {
			if (!(run.facts.get(i) instanceof DateFact first) || !(run.facts.get(i + 1) instanceof DateFact second)
					|| first.value() == null || second.value() == null || !FIRST.matcher(first.text()).matches()
					|| !SECOND.matcher(second.text()).matches() || second.start() < first.end()) {
				continue;
			}
			Matcher join = JOIN.matcher(clean.substring(first.end(), second.start()));
			Matcher a = MONTH_VALUE.matcher(first.value());
			Matcher b = MONTH_VALUE.matcher(second.value());
			if (!join.matches() || !a.matches() || !b.matches()
					|| (a.group(3) != null) != first.text().matches(".*\\d")) {
				continue;
			}
			int year = Integer.parseInt(b.group(1));
			int month = Integer.parseInt(a.group(2));
			int secondMonth = Integer.parseInt(b.group(2));
			if (month > secondMonth) {
				if (join.group("pair") != null) {
					// "October or March of 2001" is no span: which year is meant is
					// unsaid
					continue;
				}
				year--;
			}
			String value;
			try {
				value = a.group(3) == null ? String.format("%04d-%02d", year, month)
						: LocalDate.of(year, month, Integer.parseInt(a.group(3))).toString();
			}
			catch (DateTimeException e) {
				continue;
			}
			run.facts.set(i, new DateFact(first.text(), first.start(), first.end(), value, second.relative()));
		}
	}

}
