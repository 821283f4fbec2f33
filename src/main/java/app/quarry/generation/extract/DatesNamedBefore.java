package app.quarry.generation.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.Sentence;

/**
 * What a pass over a document has dated so far, looked back on: the last day, the last
 * event's day and the last year named, from which a date counted in days or years ("two
 * days later", "the year after") is read.
 */
final class DatesNamedBefore {

	/**
	 * "the day", "the week", "two days before": words counted from an event's day, as in
	 * "the day before the strike".
	 */
	private static final Pattern NEXT_TO_AN_EVENT = Pattern.compile("(?is)the\\s+(?:day|week)|.*\\s(?:before|after)");

	/** A year written out in a sentence. */
	private static final Pattern YEAR_WRITTEN = Pattern.compile("\\b(?:1[6-9]|20)\\d{2}\\b");

	/** A span within one year: "early 2012" is 2012-01/2012-04. */
	private static final Pattern SPAN_IN_A_YEAR = Pattern.compile("(\\d{4})-\\d{2}(?:-\\d{2})?/\\1-\\d{2}(?:-\\d{2})?");

	/** A year, a month or a day: one point of the calendar, not a span. */
	private static final Pattern POINT = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

	private final DateRun run;

	DatesNamedBefore(DateRun run) {
		this.run = run;
	}

	/**
	 * The last single day the text dated an event by, if within the last five sentences:
	 * "the day before the strike" counts from the strike's day, never dates one itself.
	 */
	LocalDate lastEventDay(int sentence) {
		for (int i = this.run.facts.size() - 1; i >= 0; i--) {
			if (this.run.facts.get(i) instanceof DateFact d && d.value() != null && d.value().length() == 10
					&& !NEXT_TO_AN_EVENT.matcher(d.text()).matches()) {
				return sentence - this.run.sentenceIndex(d.start()) <= 4 ? IsoDates.day(d.value()) : null;
			}
		}
		return null;
	}

	/**
	 * The year the text named last, as a year alone ("2007", "last year"), if within this
	 * sentence or the one before.
	 */
	Integer lastYear(int sentence) {
		for (int i = this.run.facts.size() - 1; i >= 0; i--) {
			if (this.run.facts.get(i) instanceof DateFact d && d.value() != null && d.value().matches("\\d{4}")) {
				return sentence - this.run.sentenceIndex(d.start()) <= 1 ? Integer.valueOf(d.value()) : null;
			}
		}
		return null;
	}

	/**
	 * The year of the last date the text told of within this sentence and the one before,
	 * a span within one year as well as a point ("In early 2012 ... a year later"): a
	 * count of years needs no more than the year. A story counting on ("a year later")
	 * may have told its year two sentences before; a figure compared "a year earlier" is
	 * the report's own. Null when that date spans years or none is near.
	 */
	Integer lastYearTold(int sentence, boolean countingOn) {
		for (int i = this.run.facts.size() - 1; i >= 0; i--) {
			if (this.run.facts.get(i) instanceof DateFact d && d.value() != null && !this.run.onShortLine(d.start())) {
				boolean oneYear = POINT.matcher(d.value()).matches() || SPAN_IN_A_YEAR.matcher(d.value()).matches();
				return sentence - this.run.sentenceIndex(d.start()) <= (countingOn ? 2 : 1) && oneYear
						? Integer.valueOf(d.value().substring(0, 4)) : null;
			}
		}
		return null;
	}

	/**
	 * The last date the text told of in this sentence or the one before, as a year, a
	 * month or a day ("1946", "2008-03", "2008-03-02"), the date line left out: "four
	 * years earlier" or "five months later" counts from the time the story is telling of,
	 * not from the day it was written. Null when that date is a span or none is near.
	 */
	String lastTold(int sentence) {
		for (int i = this.run.facts.size() - 1; i >= 0; i--) {
			if (this.run.facts.get(i) instanceof DateFact d && d.value() != null && !this.run.onShortLine(d.start())) {
				return sentence - this.run.sentenceIndex(d.start()) <= 1 && POINT.matcher(d.value()).matches()
						? d.value() : null;
			}
		}
		return null;
	}

	/**
	 * The last single day the text named, if within the last five sentences: a story told
	 * day by day keeps its day until it names another.
	 */
	LocalDate lastDay(int sentence) {
		for (int i = this.run.facts.size() - 1; i >= 0; i--) {
			if (this.run.facts.get(i) instanceof DateFact d && d.value() != null && d.value().length() == 10) {
				return sentence - this.run.sentenceIndex(d.start()) <= 4 ? IsoDates.day(d.value()) : null;
			}
		}
		return null;
	}

	/**
	 * The day the story's lead tells its news on ("Pirates seized a ship on Thursday"):
	 * the first single day in the first sentence or two below the date line, within the
	 * week the date line closes. "The same day", "the day before" or "the following day"
	 * with no day told just before them count from it: a news story tells the rest of its
	 * news around that day. Null when the lead names no such day.
	 */
	LocalDate leadDay() {
		int lead = this.run.revisions.firstBodySentence() + 1;
		for (Fact fact : this.run.facts) {
			if (fact instanceof DateFact d && d.value() != null && !this.run.onShortLine(d.start())) {
				if (this.run.sentenceIndex(d.start()) > lead) {
					return null;
				}
				if (d.value().length() == 10 && this.run.ref != null) {
					LocalDate day = IsoDates.day(d.value());
					return day.isAfter(this.run.ref) || !day.isAfter(this.run.ref.minusDays(7)) ? null : day;
				}
			}
		}
		return null;
	}

	/**
	 * Whether a date of another year than the lead's day was told after the lead and in
	 * the sentence being read: the story has turned to another time.
	 */
	boolean otherYearToldSinceTheLead(int sentence) {
		LocalDate lead = leadDay();
		if (lead == null) {
			return true;
		}
		int leadSentence = this.run.revisions.firstBodySentence() + 1;
		for (Fact fact : this.run.facts) {
			if (fact instanceof DateFact d && d.value() != null && !this.run.onShortLine(d.start())
					&& this.run.sentenceIndex(d.start()) > leadSentence && !d.value().startsWith(lead.getYear() + "")) {
				return true;
			}
		}
		Sentence told = this.run.doc.sentences().get(sentence);
		Matcher year = YEAR_WRITTEN.matcher(this.run.doc.cleanText()).region(told.start(), told.end());
		while (year.find()) {
			if (!year.group().equals(String.valueOf(lead.getYear()))) {
				return true;
			}
		}
		return false;
	}

}
