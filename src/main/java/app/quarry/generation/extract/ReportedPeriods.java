package app.quarry.generation.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.quarry.generation.extract.DateExpressions.num;

/**
 * The periods a company report speaks of: "the third quarter", "the year-ago quarter",
 * "the latest period", "for the full year", "by year-end".
 */
final class ReportedPeriods {

	/**
	 * The last day of a period after its words: " ended Sept. 30", " ending July 31,
	 * 1989".
	 */
	private static final Pattern ENDED = Pattern
		.compile("\\s+(?:ended|ending)\\s+(" + DateExpressions.MONTH + ")\\s*\\d{1,2}\\b(?:,\\s*(\\d{4})\\b)?");

	/** "before" or "after" just after "the day". */
	private static final Pattern IN_BEFORE = Pattern.compile("(?i)in\\s");

	private static final Pattern SIDE = Pattern.compile("\\s+(before|after)\\b");

	/**
	 * How many months after a quarter ended a report may still name it without its year
	 * as the one just past.
	 */
	private static final int RECENT_MONTHS = 6;

	private final DateRun run;

	ReportedPeriods(DateRun run) {
		this.run = run;
	}

	static boolean reads(Matcher m) {
		return m.group("q") != null || m.group("qh") != null || m.group("qa") != null || m.group("qp") != null
				|| m.group("rp") != null || m.group("ya") != null;
	}

	Fact read(Matcher m, int s, int e, int sentence, String clean) {
		if (m.group("q") != null || m.group("qh") != null) {
			return quarter(m, s, e, sentence);
		}
		if (m.group("qa") != null) {
			return reportedQuarter(m, s, e);
		}
		if (m.group("qp") != null) {
			if (m.group("qpy4") != null) {
				String named = this.run.quarters.last(sentence, 8);
				if (named != null && m.group("qp").toLowerCase(Locale.ROOT).endsWith("quarter")) {
					// "the 1988 quarter" in a report of its third quarter: that quarter
					// in the year written, as "the year-ago quarter" is
					int year = num(m.group("qpy4"));
					return this.run.dateFact(s, e, NamedQuarters.yearsAway(named, year - num(named.substring(0, 4))),
							true);
				}
				// "the 1988 period": the words say only the year; which months the
				// period covers is the reader's inference, so the year written is what
				// is asked
				return this.run.dateFact(m.start("qpy4"), m.end("qpy4"), m.group("qpy4"), false);
			}
			// only a report that named its quarter speaks of periods this way
			String quarter = this.run.quarters.last(sentence, 8);
			if (quarter == null) {
				return null;
			}
			boolean yearAgo = !m.group("qpw").equalsIgnoreCase("latest");
			return this.run.dateFact(s, e, yearAgo ? NamedQuarters.yearsAway(quarter, -1) : quarter, true);
		}
		if (m.group("rp") != null) {
			return reportedPeriod(m, s, e, sentence);
		}
		if (m.group("ya") != null) {
			return yearBack(m, s, e, sentence);
		}
		return null;
	}

	/**
	 * "the third quarter", "the first quarter of 2009", "fourth-quarter", "next year's
	 * first half".
	 */
	private Fact quarter(Matcher m, int s, int e, int sentence) {
		boolean half = m.group("qh") != null;
		String q = (half ? m.group("qh") : m.group("q")).toLowerCase(Locale.ROOT);
		if (q.equals("final") && m.group("qy") == null && m.group("qy2") == null && m.group("qpy") == null) {
			// "the final quarter" of a game as often as of a year: only with its year
			return null;
		}
		int n = switch (q.charAt(0)) {
			case '1', 'f' -> q.startsWith("fo") || q.equals("final") ? 4 : 1;
			case '2', 's' -> 2;
			case '3', 't' -> 3;
			default -> 4;
		};
		Integer year = null;
		String y = m.group("qy") != null ? m.group("qy") : m.group("qy2") != null ? m.group("qy2") : m.group("qpy");
		if (y != null) {
			year = num(y);
			// "the fourth quarter of 2005 and ... for the entire year": the year a report
			// names is the one its other periods belong to
			this.run.focus(year, sentence, s);
		}
		else if (this.run.refMonth != null) {
			String rel = m.group("qrel") != null ? m.group("qrel")
					: m.group("qpr") != null ? m.group("qpr").toLowerCase(Locale.ROOT) : null;
			int base = this.run.refMonth.getYear();
			year = rel == null || rel.equals("this") ? base : rel.equals("last") ? base - 1 : base + 1;
			// "the fourth quarter" said in January is the one just ended; said in August,
			// when last year's ended most of a year before, the one ahead
			if (rel == null && !half && n > (this.run.refMonth.getMonthValue() + 2) / 3 && !this.run.future(s)
					&& YearMonth.of(base - 1, 3 * n).until(this.run.refMonth, ChronoUnit.MONTHS) <= RECENT_MONTHS) {
				year = base - 1;
			}
			if (m.group("qago") != null) {
				year = year - 1;
			}
		}
		String value = year == null ? null : half ? CalendarSpans.half(n, year) : CalendarSpans.quarter(n, year);
		return this.run.dateFact(s, e, value, y == null);
	}

	/**
	 * "The same period last year", "the same month a year ago", "the quarter a year ago":
	 * the quarter or month the text spoke of last, a year back; a year back from the
	 * reference when it spoke of none.
	 */
	private Fact yearBack(Matcher m, int s, int e, int sentence) {
		boolean month = "month".equalsIgnoreCase(m.group("yau"));
		String quarter = month ? null : this.run.quarters.last(sentence, 8);
		String value;
		if (quarter != null) {
			value = NamedQuarters.yearsAway(quarter, -1);
		}
		else if (this.run.lastMonth != null && sentence - this.run.lastMonthSentence <= 2) {
			value = this.run.lastMonth.minusYears(1).toString();
		}
		else {
			value = this.run.refMonth == null ? null : String.valueOf(this.run.refMonth.getYear() - 1);
		}
		return this.run.dateFact(s, e, value, true);
	}

	/**
	 * "the latest quarter", "the year-ago quarter", "the quarter": a report speaks of the
	 * last quarter ended before it was written.
	 */
	private Fact reportedQuarter(Matcher m, int s, int e) {
		if (this.run.refMonth == null) {
			return this.run.dateFact(s, e, null, true);
		}
		if (m.group("qat") != null) {
			// "This quarter's loss includes charges": in a report, the quarter it
			// reports; "sales should rise this quarter", or with none reported, the one
			// the text was written in
			String named = this.run.future(s) ? null : this.run.quarters.last(this.run.sentenceIndex(s), 4);
			return this.run
				.dateFact(
						s, e, named != null ? named : CalendarSpans
							.quarter((this.run.refMonth.getMonthValue() - 1) / 3 + 1, this.run.refMonth.getYear()),
						true);
		}
		String which = m.group("qaw") == null ? "" : m.group("qaw").toLowerCase(Locale.ROOT);
		YearMonth ended = endedIn(e);
		if (ended != null && (which.isEmpty() || which.equals("latest"))) {
			// "the quarter ended July 31" is the calendar quarter most of its three
			// months fall in: May to July is the second
			YearMonth middle = ended.minusMonths(1);
			return this.run.dateFact(s, e,
					CalendarSpans.quarter((middle.getMonthValue() - 1) / 3 + 1, middle.getYear()), true);
		}
		String named = this.run.quarters.lastNumbered(this.run.sentenceIndex(s), 8);
		if (named != null && which.isEmpty()) {
			// a report that named its quarter ("the fiscal first quarter") goes on
			// about it as "the quarter"
			return this.run.dateFact(s, e, named, true);
		}
		YearMonth last = this.run.refMonth.minusMonths(3);
		YearMonth quarter = switch (which) {
			case "current" -> this.run.refMonth;
			case "year-ago", "year-earlier", "comparable" -> last.minusYears(1);
			case "previous" -> last.minusMonths(3);
			default -> last;
		};
		return this.run.dateFact(s, e, CalendarSpans.quarter((quarter.getMonthValue() - 1) / 3 + 1, quarter.getYear()),
				true);
	}

	/**
	 * The month a period ends in when the words after it say so ("the quarter ended Sept.
	 * 30", "ending July 31, 1989"), in its year or the last one up to the reference; null
	 * when they do not.
	 */
	private YearMonth endedIn(int at) {
		Matcher ended = ENDED.matcher(this.run.doc.cleanText()).region(at, this.run.doc.cleanText().length());
		if (!ended.lookingAt()) {
			return null;
		}
		int month = DateExpressions.month(ended.group(1));
		if (ended.group(2) != null) {
			return YearMonth.of(num(ended.group(2)), month);
		}
		YearMonth candidate = YearMonth.of(this.run.refMonth.getYear(), month);
		return candidate.isAfter(this.run.refMonth) ? candidate.minusYears(1) : candidate;
	}

	/**
	 * "The year" and "the day" a report is about: the year named in this sentence or the
	 * one before (a year still to come only in this one), else the reference's; the last
	 * day named within two sentences, else the reference day ("the Nikkei closed down 6%
	 * for the day").
	 */
	/** "year-end deadline", "year-end target": the year's end as the day set for it. */
	private static final Pattern YEAR_END_DEADLINE = Pattern
		.compile("(?i)year[-\\s]end\\s+(?:deadlines?|targets?|goals?|cut-?offs?|time\\s+limits?)\\b");

	private Fact reportedPeriod(Matcher m, int s, int e, int sentence) {
		boolean day = "day".equals(m.group("rpu"));
		String value;
		if (day) {
			LocalDate last = this.run.earlier.lastDay(sentence);
			Matcher side = SIDE.matcher(this.run.doc.cleanText()).region(e, this.run.doc.cleanText().length());
			if (last != null && side.lookingAt() && !inApposition(s)
					&& !IN_BEFORE.matcher(this.run.doc.cleanText().substring(Math.max(0, s - 3), s)).matches()) {
				// "showed up the day after his death": a day from the one just told of;
				// "Oct. 12, the day before the plunge" is Oct. 12 itself, and "late in
				// the
				// day after falling" the day told of
				last = last.plusDays(side.group(1).equals("after") ? 1 : -1);
			}
			else if (last == null && side.lookingAt() && !inApposition(s)) {
				// "the day after the bombing" with no day told of near: a day counted
				// from an event the text has not dated, never the report's own day
				return this.run.dateFact(s, e, null, true);
			}
			value = last != null ? last.toString() : this.run.ref == null ? null : this.run.ref.toString();
		}
		else {
			// a year still to come is a target ("by 1992 it intends to..."), not the year
			// a report in the next sentence is about
			boolean target = this.run.refMonth != null && this.run.focusYear != null
					&& this.run.focusYear > this.run.refMonth.getYear() && sentence != this.run.focusSentence;
			// "will close a plant before year-end" is a year still to come, never one
			// past
			boolean past = this.run.refMonth != null && this.run.focusYear != null
					&& this.run.focusYear < this.run.refMonth.getYear() && this.run.future(s);
			value = this.run.focusYear != null && sentence - this.run.focusSentence <= 1 && !target && !past
					? String.valueOf(this.run.focusYear)
					: this.run.refMonth == null ? null : String.valueOf(this.run.refMonth.getYear());
		}
		if (value != null && YEAR_END_DEADLINE.matcher(this.run.doc.cleanText())
			.region(s, this.run.doc.cleanText().length())
			.lookingAt()) {
			// "a year-end deadline": a deadline is a day, the year's last
			value = value + "-12-31";
		}
		return this.run.dateFact(s, e, value, true);
	}

	/** Whether words begin just after a date and its comma: "Oct. 12, the day ...". */
	private boolean inApposition(int at) {
		if (this.run.facts.isEmpty()) {
			return false;
		}
		Fact last = this.run.facts.get(this.run.facts.size() - 1);
		return last.end() < at && this.run.doc.cleanText().substring(last.end(), at).matches(",\\s+");
	}

}
