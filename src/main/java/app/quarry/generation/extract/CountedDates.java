package app.quarry.generation.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates counted from one the text named before: "the following year", "three years
 * later", "the day before", "the year previous", "the week after the bombing".
 */
final class CountedDates {

	/** The words that count a date back from the one before: "the prior year". */
	private static final Set<String> BACKWARD = Set.of("previous", "prior", "preceding");

	private static final Pattern COMPARISON_AFTER = Pattern.compile("\\s+than\\b");

	private final DateRun run;

	CountedDates(DateRun run) {
		this.run = run;
	}

	/**
	 * Dates counted from one the text named before: "the following year", "three years
	 * later", "the day before". They need that date within the last two sentences;
	 * otherwise they cannot be placed.
	 */
	Fact read(Matcher m, int s, int e, int sentence) {
		String unit;
		long n;
		if (m.group("anu") != null) {
			unit = m.group("anu");
			String w = m.group("anw");
			n = w.equals("same") ? 0 : BACKWARD.contains(w) ? -1 : 1;
		}
		else if (m.group("ant") != null) {
			// "that day" with no day told of just before is no date
			LocalDate anchor = this.run.earlier.lastDay(sentence);
			return anchor == null ? null : this.run.dateFact(s, e, anchor.toString(), true);
		}
		else if (m.group("anp") != null) {
			unit = "day";
			n = 1;
		}
		else if (m.group("and3") != null) {
			// "the week after the bombing": the calendar week after the event's own
			LocalDate anchor = this.run.earlier.lastEventDay(sentence);
			if (anchor == null) {
				return this.run.dateFact(s, e, null, true);
			}
			LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				.plusWeeks(m.group("and3").equals("before") ? -1 : 1);
			return this.run.dateFact(s, e, monday + "/" + monday.plusDays(6), true);
		}
		else if (m.group("and1") != null) {
			unit = m.group("and1u");
			n = m.group("and1").equals("after") ? 1 : -1;
		}
		else if (ApposedOffsets.toldDay(this.run, s, m.group("anu2")) != null) {
			// "on March 4, three days before the ferry sails": the words name March 4
			// again, by how far it lies from the event after them
			return this.run.dateFact(s, e, ApposedOffsets.toldDay(this.run, s, m.group("anu2")).value(), true);
		}
		else if (COMPARISON_AFTER.matcher(this.run.doc.cleanText())
			.region(e, this.run.doc.cleanText().length())
			.lookingAt()) {
			// "born ten years later than her brother": two things compared by the time
			// between them, no date counted from one the text told
			return null;
		}
		else {
			unit = m.group("anu2").endsWith("s") ? m.group("anu2").substring(0, m.group("anu2").length() - 1)
					: m.group("anu2");
			Long count = NumberWords.cardinal(m.group("ann"));
			if (count == null) {
				return null;
			}
			String dir = m.group("and2");
			n = dir.equals("earlier") || dir.equals("before") ? -count : count;
		}
		String value = null;
		if (unit.equals("year")) {
			String quarter = this.run.quarters.last(sentence, 4);
			if (m.group("and1") != null && this.run.earlier.lastYear(sentence) != null) {
				// "sales fell last year, after rising the year before": the year before
				// the one just told of, even when the text told of it by "last year"
				value = String.valueOf(this.run.earlier.lastYear(sentence) + n);
			}
			else if (quarter != null && Math.abs(n) == 1) {
				value = NamedQuarters.yearsAway(quarter, n);
			}
			else if (n == -1 && "earlier".equals(m.group("and2")) && lastMonthTold(sentence) != null) {
				// "March's rents were 2.6 percent lower than a year earlier": figures
				// for a month, compared with the same month a year back
				value = lastMonthTold(sentence).minusYears(1).toString();
			}
			else if (this.run.focusYear != null && sentence - this.run.focusSentence <= 1) {
				value = String.valueOf(this.run.focusYear + n);
			}
			else if (m.group("and2") != null
					&& this.run.earlier.lastYearTold(sentence, n > 0) instanceof Integer told) {
				// "Her mother died that year, having left four years earlier": counted
				// from the year just told of, however the text told of it, and "in early
				// 2012 ... a year later" from its year; "for the next year" is a stretch
				// ahead, not a year counted from one
				value = String.valueOf(told + n);
			}
			else if (n < 0 && this.run.ref != null && (m.group("and2") != null && m.group("and2").equals("earlier")
					|| BACKWARD.contains(String.valueOf(m.group("anw"))))) {
				// "up 15% from a year earlier" with no year named: counted from the
				// report's own date
				value = String.valueOf(this.run.ref.getYear() + n);
			}
			else if (n < 0 && this.run.ref != null && m.group("and1") != null
					&& ComparedYears.comparedWith(this.run.doc.cleanText(), s)) {
				value = String.valueOf(this.run.ref.getYear() + n);
			}
		}
		else {
			// "two days before the election" counts from the election's day, never from
			// another day counted from it
			String dir = m.group("and2");
			LocalDate anchor = "before".equals(dir) || "after".equals(dir) ? this.run.earlier.lastEventDay(sentence)
					: this.run.earlier.lastDay(sentence);
			if (anchor == null && unit.equals("day") && (m.group("anu") != null || m.group("and1") != null)
					&& !this.run.earlier.otherYearToldSinceTheLead(sentence)) {
				// "on the same day", "the following day" far below any day told: the day
				// of the story's news, unless the story has since turned to another year
				// ("arrested in 2008 and released the following day")
				anchor = this.run.earlier.leadDay();
			}
			String told = this.run.earlier.lastTold(sentence);
			if (unit.equals("month") && m.group("and2") != null && told != null && told.length() == 7) {
				// "appointed in March 2008 and resigned five months later": counted from
				// the month just told of, not from an older day
				value = IsoDates.month(told).plusMonths(n).toString();
			}
			else if (anchor != null) {
				LocalDate d = switch (unit) {
					case "day" -> anchor.plusDays(n);
					case "week" -> anchor.plusWeeks(n);
					default -> anchor.plusMonths(n);
				};
				value = unit.equals("month") ? YearMonth.from(d).toString() : d.toString();
			}
			else if (unit.equals("month") && this.run.lastMonth != null && sentence - this.run.lastMonthSentence <= 3) {
				// "In March, it rejected the bid. The following month, ...": counted from
				// the month named
				value = this.run.lastMonth.plusMonths(n).toString();
			}
		}
		if (value == null && m.group("and2") != null && m.group("and2").startsWith("a")
				&& !m.group("and2").startsWith("afterward")) {
			return null;
		}
		if (value == null && m.group("and2") != null && m.group("and2").equals("before")) {
			return null;
		}
		if (value == null && m.group("and1") != null && !unit.equals("day")) {
			// "the year before." with no year told of just before: no date to count from
			return null;
		}
		return this.run.dateFact(s, e, value, true);
	}

	/**
	 * The month the text told of last, when its last date is a month ("in January", "last
	 * month") within this sentence or the two before: the period its figures are for.
	 */
	private YearMonth lastMonthTold(int sentence) {
		for (int i = this.run.facts.size() - 1; i >= 0; i--) {
			if (this.run.facts.get(i) instanceof DateFact d && d.value() != null) {
				return d.value().matches("\\d{4}-\\d{2}") && sentence - this.run.sentenceIndex(d.start()) <= 2
						? IsoDates.month(d.value()) : null;
			}
		}
		return null;
	}

}
