package app.quarry.generation.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.quarry.generation.extract.DateExpressions.num;
import static app.quarry.generation.extract.DateExpressions.date;

/**
 * The year of a day or month written without one ("Sept. 7", "in June"): from "of that
 * year", from a year named in the same sentence, from the last year a history named, or
 * from the reference date and the tense of the words around it.
 */
final class YearChoice {

	/**
	 * How many months ahead a month written without its year may lie for a plan told in
	 * the past around it not to send it most of a year back.
	 */
	private static final int NEAR_MONTHS = 2;

	/**
	 * How many months ahead the end of an arrangement still running may lie ("has
	 * extended the loans through January").
	 */
	private static final int RUNNING_MONTHS = 4;

	/** "about ", "around ", "circa ", "c. ": a year told only roughly. */
	private static final Pattern ROUGH_YEAR = Pattern
		.compile("(?i)\\b(?:about|around|circa|c\\.|ca\\.|approximately|roughly)\\s*$");

	private final DateRun run;

	YearChoice(DateRun run) {
		this.run = run;
	}

	/**
	 * News telling events in order: after "sentenced in September 2009 ... lost the
	 * appeal in December", a page dated June 2010 that goes on "the latest trial was held
	 * in April" means the April after December, this year's, not the one before the
	 * story's last date.
	 */
	boolean followsIntoTheDateLinesYear(int month, int sentence, int at) {
		return this.run.lastMonth != null && this.run.refMonth != null && this.run.focusYear != null
				&& this.run.lastMonth.getYear() == this.run.focusYear && sentence - this.run.lastMonthSentence == 1
				&& this.run.focusYear == this.run.refMonth.getYear() - 1 && month < this.run.lastMonth.getMonthValue()
				&& month <= this.run.refMonth.getMonthValue() && this.run.tense(at) <= 0;
	}

	/**
	 * Whether the year last named is near enough to give its year to a day or month
	 * written without one: in the same sentence ("in 1994, in January and March"); a
	 * sentence later only when the document has no date of its own, as news names past
	 * years in asides ("since its launch in 2003") and goes on about this year's months
	 * ("as of February"); not a year a span runs since ("since its launch in 2003 and, as
	 * of February").
	 */
	boolean focusReaches(int sentence) {
		return !this.run.focusStartsASpan && (sentence == this.run.focusSentence
				|| this.run.refMonth == null && sentence - this.run.focusSentence <= 1);
	}

	/**
	 * Whether the year last named can be the year of a day or month written without one:
	 * not a past year for words in the future ("he joined in 1974 ... will succeed him
	 * Feb. 1"), and a year still to come only within its own sentence ("notes due 1993.
	 * The rights expire Nov. 21" is this November). In a story with no date line, a year
	 * told of ahead in the sentence before ("hopes sales will grow ahead of the 2006
	 * World Cup. In January, it announced ...") is no year for a month told of in the
	 * past or without a tense: what is planned for a year says nothing of when the things
	 * told next were done.
	 */
	boolean focusFits(int sentence, int at) {
		if (this.run.refMonth == null) {
			return sentence == this.run.focusSentence || !this.run.focusToldAhead() || this.run.tense(at) > 0;
		}
		if (YearClauseShapes.datesAThingInTheOpeningPhrase(this.run.doc, this.run.focusAt, at)) {
			return false;
		}
		int refYear = this.run.refMonth.getYear();
		if (this.run.focusYear > refYear) {
			return sentence == this.run.focusSentence;
		}
		return this.run.tense(at) <= 0;
	}

	/**
	 * Whether the year last named, other than the reference's own, reaches and fits a day
	 * or month written without one.
	 */
	private boolean focusGivesTheYear(int sentence, int at) {
		return this.run.focusYear != null && focusReaches(sentence)
				&& (this.run.refMonth == null || this.run.focusYear != this.run.refMonth.getYear())
				&& focusFits(sentence, at);
	}

	/**
	 * Whether the last year a history named is the year of a day or month written without
	 * one. A history's year holds what was done: a day told of ahead ("will dig again on
	 * May 3") is still to come from the date line. A year told only roughly ("about 300
	 * BC", "around 1850") holds no day or month of its own; nor does a sentence in the
	 * present ("the fair takes place on May 3"), which tells of the time of writing.
	 */
	private boolean narrativeYearFits(int sentence, int at) {
		return this.run.inNarrative(sentence) && this.run.tense(at) <= 0 && !Tense.present(this.run.doc, at)
				&& !ROUGH_YEAR
					.matcher(this.run.doc.cleanText()
						.substring(Math.max(0, this.run.focusAt - 16), Math.max(0, this.run.focusAt)))
					.find();
	}

	/** The year of a month-day written without one. */
	Integer yearFor(int month, int day, String ofYear, int sentence, int at) {
		if (ofYear != null) {
			return yearOf(ofYear);
		}
		if (narrativeYearFits(sentence, at)) {
			return this.run.focusYear;
		}
		if (focusGivesTheYear(sentence, at)
				&& (this.run.refMonth == null || Math.abs(this.run.focusYear - this.run.refMonth.getYear()) <= 60)) {
			return this.run.focusYear;
		}
		if (this.run.refMonth == null) {
			return reviewedYearFor(at);
		}
		int tense = this.run.tense(at);
		int year = this.run.refMonth.getYear();
		if (this.run.ref != null) {
			// the year that puts the day on the side of the reference its tense says, or
			// nearest to it when the words do not tell
			LocalDate best = nearestDay(year, month, day, tense);
			LocalDate nearest = nearestDay(year, month, day, 0);
			// a tense read from words around the date may belong to another verb ("the
			// board ruled the clinic should reopen by Jan. 14"): a day most of a year
			// away on its side loses to one within weeks on the other
			if (best != null && nearest != null && distance(best) > 240 && distance(nearest) <= 60) {
				best = nearest;
			}
			return best == null ? null : best.getYear();
		}
		return yearByMonth(month, tense > 0, year);
	}

	/**
	 * The year written with an era after a day and month ("21 July 356 BC"), or a year
	 * just after the parenthesis that holds them; null when there is none.
	 */
	static Integer eraYear(Matcher m) {
		for (String[] g : new String[][] { { "dyb", "dyera" }, { "dyb2", "dyera2" } }) {
			if (m.group(g[0]) != null) {
				int year = num(m.group(g[0]));
				if (year == 0) {
					return null;
				}
				return m.group(g[1]).startsWith("B") ? 1 - year : year;
			}
		}
		return m.group("dy2") != null ? Integer.valueOf(num(m.group("dy2"))) : null;
	}

	/**
	 * In a story with no date line that looks back on a year, a month told of in the past
	 * is that year's ("I enjoyed her win back in March"); one told of ahead or without a
	 * tense may be the next year's, and gets none.
	 */
	private Integer reviewedYearFor(int at) {
		return this.run.reviewedYear() != null && this.run.tense(at) < 0 ? this.run.reviewedYear() : null;
	}

	/**
	 * The day of the month in the year before, of or after the reference year nearest the
	 * reference, on its side that a tense says (before it for the past, after it for the
	 * future, either without a tense); null when there is none.
	 */
	private LocalDate nearestDay(int year, int month, int day, int tense) {
		LocalDate nearest = null;
		for (int y = year - 1; y <= year + 1; y++) {
			LocalDate candidate = date(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
			if (candidate == null || tense < 0 && candidate.isAfter(this.run.ref)
					|| tense > 0 && candidate.isBefore(this.run.ref)) {
				continue;
			}
			if (nearest == null || distance(candidate) < distance(nearest)) {
				nearest = candidate;
			}
		}
		return nearest;
	}

	private long distance(LocalDate d) {
		return Math.abs(d.toEpochDay() - this.run.ref.toEpochDay());
	}

	/** The year of "of that year", "of next year", "of the previous year". */
	Integer yearOf(String ofYear) {
		boolean relativeToFocus = ofYear.contains("that") || ofYear.contains("same") || ofYear.contains("the ");
		Integer base = relativeToFocus ? this.run.focusYear
				: this.run.refMonth == null ? null : Integer.valueOf(this.run.refMonth.getYear());
		if (base == null) {
			return null;
		}
		if (ofYear.contains("next") || ofYear.contains("following")) {
			return base + 1;
		}
		if (ofYear.contains("last") || ofYear.contains("previous")) {
			return base - 1;
		}
		return base;
	}

	Integer yearForMonth(int month, int sentence, int at, String before) {
		if (narrativeYearFits(sentence, at)) {
			return this.run.focusYear;
		}
		if (followsIntoTheDateLinesYear(month, sentence, at)) {
			return this.run.refMonth.getYear();
		}
		if (focusGivesTheYear(sentence, at)) {
			return this.run.focusYear;
		}
		if (this.run.refMonth == null) {
			return reviewedYearFor(at);
		}
		boolean told = before.contains("next") || before.contains("last") || before.contains("since");
		int tense = before.contains("next") ? 1
				: before.contains("last") || before.contains("since") ? -1 : this.run.tense(at);
		int refM = this.run.refMonth.getMonthValue();
		int year = this.run.refMonth.getYear();
		int ahead = Math.floorMod(month - refM, 12);
		if (tense == 0) {
			// no tense: the month nearest the reference
			return month - refM > 6 ? year - 1 : refM - month > 6 ? year + 1 : year;
		}
		if (!told && tense < 0 && ahead >= 1 && ahead <= NEAR_MONTHS && !DeedsDone.dates(this.run.doc, at)) {
			// a plan told in the past ("the opening was planned for late May" said
			// in April) is for a month just ahead, not most of a year back; a deed
			// told in the past ("announced the merger in January" said in November) was
			// done in the month gone by
			return refM + ahead > 12 ? year + 1 : year;
		}
		if (!told && tense < 0 && ahead >= 1 && ahead <= RUNNING_MONTHS
				&& YearClauseShapes.endsAStillRunningSpan(this.run.doc, at)) {
			// "has extended the loans through January" said in October: what has been
			// done runs on to the next January, not to the one gone by
			return refM + ahead > 12 ? year + 1 : year;
		}
		return yearByMonth(month, tense > 0, year);
	}

	private int yearByMonth(int month, boolean future, int year) {
		int refM = this.run.refMonth.getMonthValue();
		if (!future && month > refM) {
			return year - 1;
		}
		if (future && month < refM) {
			return year + 1;
		}
		return year;
	}

	/**
	 * The year of "last June", "next March", "this May" seen from the reference month.
	 * The month just ended is "last month" and the one to come "next month": "last
	 * February" said in March is the February of the year before, "next April" said in
	 * March the April of the year after.
	 */
	int yearNamed(int month, String modifier) {
		int year = this.run.refMonth.getYear();
		int refM = this.run.refMonth.getMonthValue();
		return switch (modifier) {
			case "last" -> month < refM - 1 ? year : year - 1;
			case "next" -> month > refM + 1 ? year : year + 1;
			default -> year;
		};
	}

}
