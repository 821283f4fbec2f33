package app.quarry.generation.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.quarry.generation.extract.DateExpressions.month;
import static app.quarry.generation.extract.DateExpressions.num;
import static app.quarry.generation.extract.DateExpressions.date;

/**
 * Dates written on the calendar: "2018-09-10", "April 1, 2018", "1 April 2019", "Sept.
 * 7-9", "June 2010", "Christmas Day 1066"; a day without its year gets one from
 * {@link YearChoice}.
 */
final class CalendarDates {

	private final DateRun run;

	CalendarDates(DateRun run) {
		this.run = run;
	}

	private static final Pattern SPACES = Pattern.compile("\\s+");

	static boolean reads(Matcher m) {
		return m.group("iy") != null || m.group("rm") != null || m.group("mm") != null || m.group("dm") != null
				|| m.group("ym") != null || m.group("hol") != null;
	}

	Fact read(Matcher m, int s, int e, int sentence, String clean) {
		if (m.group("iy") != null) {
			LocalDate d = date(num(m.group("iy")), num(m.group("im")), num(m.group("id")));
			return this.run.times.withTime(m, clean, d, s, e, sentence);
		}
		if (m.group("rm") != null) {
			int month = month(m.group("rm"));
			Integer year = m.group("ry") != null ? Integer.valueOf(num(m.group("ry"))) : null;
			if (year != null) {
				this.run.focus(year, sentence, s);
			}
			else {
				year = this.run.years.yearFor(month, num(m.group("rd1")), m.group("rthat"), sentence, s);
			}
			LocalDate a = year == null ? null : date(year, month, num(m.group("rd1")));
			LocalDate b = year == null ? null : date(year, month, num(m.group("rd2")));
			if (a != null && b != null && !a.isBefore(b)) {
				return null;
			}
			return this.run.dateFact(s, e, a == null || b == null ? null : a + "/" + b, false);
		}
		if (m.group("mm") != null || m.group("dm") != null) {
			boolean md = m.group("mm") != null;
			int month = month(md ? m.group("mm") : m.group("dm"));
			int day = num(md ? m.group("md") : m.group("dd"));
			String y = md ? (m.group("my") != null ? m.group("my") : m.group("my2")) : m.group("dy");
			Integer year = y != null ? Integer.valueOf(num(y)) : md ? null : YearChoice.eraYear(m);
			// the year after the parenthesis is the day's, not a fact of its own
			this.run.claimedTo = md ? -1 : Math.max(m.end("dyera2"), m.end("dy2"));
			if (year != null) {
				this.run.focus(year, sentence, s);
			}
			else {
				String ofYear = md ? m.group("mthat") : null;
				year = this.run.years.yearFor(month, day, ofYear, sentence, s);
				if (ofYear != null && year != null) {
					// "began on January 25 last year and ended on February 11": the year
					// the words gave holds the days told after it, as a year written out
					// does
					this.run.focus(year, sentence, s);
				}
			}
			LocalDate d = year == null ? null : date(year, month, day);
			if (d == null && year != null) {
				return null;
			}
			if (!md && m.group("dd0") != null && d != null) {
				LocalDate first = date(year, month, num(m.group("dd0")));
				return first == null || !first.isBefore(d) ? null : this.run.dateFact(s, e, first + "/" + d, false);
			}
			return year == null ? this.run.dateFact(s, e, null, false)
					: this.run.times.withTime(m, clean, d, s, e, sentence);
		}
		if (m.group("ym") != null) {
			int year = m.group("yy") != null ? num(m.group("yy")) : Years.spoken(m.group("yys"));
			this.run.focus(year, sentence, s);
			return this.run.dateFact(s, e, YearMonth.of(year, month(m.group("ym"))).toString(), false);
		}
		if (m.group("hol") != null) {
			return holiday(m, s, e, sentence);
		}
		return null;
	}

	/**
	 * A feast on a fixed day of the year ("Christmas Day 1066", "New Year's Eve") or on a
	 * weekday of its month: Thanksgiving is November's fourth Thursday, Election Day the
	 * Tuesday after its first Monday.
	 */
	private Fact holiday(Matcher m, int s, int e, int sentence) {
		String name = SPACES.matcher(m.group("hol").toLowerCase(Locale.ROOT)).replaceAll(" ");
		boolean election = name.startsWith("election");
		if (name.startsWith("thanksgiving") || election) {
			Integer year = m.group("holy") != null ? Integer.valueOf(num(m.group("holy")))
					: this.run.years.yearFor(11, election ? 5 : 25, null, sentence, s);
			if (m.group("holy") != null) {
				this.run.focus(year, sentence, s);
			}
			// Election Day is the Tuesday after November's first Monday
			return this.run.dateFact(s, e,
					year == null ? null : election
							? LocalDate.of(year, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)).toString()
							: LocalDate.of(year, 11, 1)
								.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
								.toString(),
					false);
		}
		int month = name.startsWith("new year's eve") || name.startsWith("christmas") || name.startsWith("boxing") ? 12
				: name.startsWith("halloween") ? 10 : 1;
		int day = switch (name) {
			case "christmas day" -> 25;
			case "christmas eve" -> 24;
			case "boxing day" -> 26;
			case "halloween" -> 31;
			case "new year's eve", "new year’s eve" -> 31;
			default -> 1;
		};
		Integer year;
		if (m.group("holy") != null) {
			year = num(m.group("holy"));
			this.run.focus(year, sentence, s);
		}
		else {
			year = this.run.years.yearFor(month, day, null, sentence, s);
		}
		return this.run.dateFact(s, e, year == null ? null : date(year, month, day).toString(), false);
	}

}
