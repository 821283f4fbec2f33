package app.quarry.generation.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Polling stations opened on the 18th": a day of the month told by its ordinal alone is
 * a day of the month the story is in, the month of the last day it told within a few
 * sentences, or else the date line's month (the month before when that day is still to
 * come and the words tell of the past). Only where nothing follows the ordinal that it
 * could rank ("on the 18th hole", "on the 18th of May" is read elsewhere).
 */
final class DaysOfTheMonthAlone {

	/** "on the 18th" and what follows it. */
	private static final Pattern DAY = Pattern.compile(
			"\\b[Oo]n the ([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b(?=\\s*[,.;:)]|\\s+(?:and|with|at|when|as|but|after|before|to|for|by|in|until)\\b)");

	private static final int SENTENCES_BACK = 4;

	private DaysOfTheMonthAlone() {
	}

	/** Adds a date for each day of the month told alone, in the order of the text. */
	static void add(DateRun run) {
		String clean = run.doc.cleanText();
		Matcher m = DAY.matcher(clean);
		while (m.find()) {
			int s = m.start(1) - "the ".length();
			int e = m.end();
			if (covered(run, s, e)) {
				continue;
			}
			int sentence = run.sentenceIndex(s);
			LocalDate day = dayOf(run, Integer.parseInt(m.group(1)), sentence, s);
			if (day == null) {
				continue;
			}
			int at = 0;
			while (at < run.facts.size() && run.facts.get(at).start() < s) {
				at++;
			}
			run.facts.add(at, new DateFact(run.text(s, e), s, e, day.toString(), true));
		}
	}

	private static boolean covered(DateRun run, int s, int e) {
		for (Fact fact : run.facts) {
			if (fact.start() < e && fact.end() > s) {
				return true;
			}
		}
		return false;
	}

	/** The day in the month the story is in, or null when there is none to take. */
	private static LocalDate dayOf(DateRun run, int dayOfMonth, int sentence, int at) {
		LocalDate told = null;
		for (Fact fact : run.facts) {
			if (fact.start() >= at) {
				break;
			}
			if (fact instanceof DateFact d && d.value() != null && d.value().matches("\\d{4}-\\d{2}(?:-\\d{2})?")
					&& !run.onShortLine(d.start()) && sentence - run.sentenceIndex(d.start()) <= SENTENCES_BACK) {
				told = LocalDate.parse(d.value().length() == 7 ? d.value() + "-01" : d.value());
			}
		}
		if (told != null) {
			return told.getMonth().length(told.isLeapYear()) >= dayOfMonth ? told.withDayOfMonth(dayOfMonth) : null;
		}
		if (run.ref == null) {
			return null;
		}
		LocalDate inRefMonth = run.ref.getMonth().length(run.ref.isLeapYear()) >= dayOfMonth
				? run.ref.withDayOfMonth(dayOfMonth) : null;
		if (inRefMonth != null && (!inRefMonth.isAfter(run.ref) || run.tense(at) > 0)) {
			return inRefMonth;
		}
		LocalDate before = run.ref.minusMonths(1);
		return before.getMonth().length(before.isLeapYear()) >= dayOfMonth ? before.withDayOfMonth(dayOfMonth) : null;
	}

}
