package app.quarry.generation.extract;

import java.util.Locale;
import java.util.regex.Matcher;

import static app.quarry.generation.extract.DateExpressions.num;

/**
 * Which reader reads a match of the date expression: each alternative of the expression
 * (a calendar date, a year, a relative day, a reported period, a vague time, a running
 * day, a time of day) has a reader of its own that knows what the run knows so far. Kept
 * apart from {@link DateRun} so that the run holds what the pass knows and this class
 * only hands each match to the reader of its kind.
 */
final class DateReaders {

	private final DateRun run;

	private final CalendarDates calendar;

	private final Years yearsRead;

	private final ReportedPeriods reports;

	private final VagueTimes vague;

	private final RunningDays running;

	DateReaders(DateRun run) {
		this.run = run;
		this.calendar = new CalendarDates(run);
		this.yearsRead = new Years(run);
		this.reports = new ReportedPeriods(run);
		this.vague = new VagueTimes(run);
		this.running = new RunningDays(run);
	}

	/**
	 * The date, duration or time the expression matched at {@code m}, read by the reader
	 * of its kind, or null when the words name none.
	 */
	Fact read(Matcher m, String clean) {
		Fact fact = EndOfWeek.narrow(m, plain(m, clean));
		if (fact instanceof DateFact d && d.value() != null && m.group("half") != null) {
			String year = d.value().length() == 4 ? d.value() : null;
			int h = m.group("half").toLowerCase(Locale.ROOT).contains("first") ? 1 : 2;
			// "the last half of the '80s": the decade's last five years
			String decade = d.value().matches("\\d{3}0/\\d{3}9") ? d.value() : null;
			String value = year != null ? CalendarSpans.half(h, num(year))
					: decade != null ? CalendarSpans.halfDecade(h, num(decade.substring(0, 4))) : null;
			return new DateFact(d.text(), d.start(), d.end(), value, d.relative());
		}
		return fact;
	}

	private Fact plain(Matcher m, String clean) {
		int s = m.start();
		int e = m.end();
		int sentence = this.run.sentenceIndex(s);
		// one alternative of the expression matched: the reader of its kind reads it
		if (TimesOfDay.reads(m)) {
			return this.run.times.read(m, s, e, sentence, clean);
		}
		if (CalendarDates.reads(m)) {
			return this.calendar.read(m, s, e, sentence, clean);
		}
		if (Years.reads(m)) {
			return this.yearsRead.read(m, s, e, sentence, clean);
		}
		if (RelativeDates.reads(m)) {
			return this.run.relatives.read(m, s, e, sentence, clean);
		}
		if (ReportedPeriods.reads(m)) {
			return this.reports.read(m, s, e, sentence, clean);
		}
		if (VagueTimes.reads(m)) {
			return this.vague.read(m, s, e, sentence, clean);
		}
		if (RunningDays.reads(m)) {
			return this.running.read(m, s, e);
		}
		return null;
	}

}
