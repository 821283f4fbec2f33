package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * A length of one unit written with "a" or "an": "within a year", "for a month", "an hour
 * later" count one year, one month, one hour, as "within two years" counts two. A rate is
 * no length: "once a year", "three times a day", "$5 a month", "24 hours a day" say how
 * often or how much, so "a" counts only after the words that begin a length or before the
 * words that count from one. "A month after the vote" dates a time by an event, and "the
 * lowest in over a decade" is the window of a record: neither counts.
 */
final class SingleUnitCounts {

	private static final String UNIT = "(?<unit>hour|day|week|month|year|decade)";

	/**
	 * "within a year", "for a month", "more than a decade", "in just over an hour", "may
	 * take a decade or more", "as long as a month": a preposition, bound or verb that
	 * begins a length.
	 */
	private static final Pattern AFTER_LENGTH_WORD = Pattern.compile("(?i)\\b(?:within|for|over|after|than|about"
			+ "|nearly|almost|barely|least|roughly|some|lasted|lasting|spent|took|takes|take|taking|last|long\\s+as)"
			+ "\\s+(?:just\\s+(?:over\\s+|under\\s+)?)?" + "(?<n>an?)\\s+" + UNIT
			+ "\\b(?![-’']|\\s+(?:earlier|ago|before|after|previously)\\b)");

	/**
	 * "an hour later", "a week afterwards": one unit counted on from a time. "A year ago"
	 * and "a year earlier" name a date, or the period compared with, and count nothing.
	 */
	private static final Pattern BEFORE_COUNTING_WORD = Pattern
		.compile("(?i)(?<![\\w$€£%-])\\b(?<n>an?)\\s+" + UNIT + "\\s+(?:later|afterwards?)\\b");

	/**
	 * Both tried only where a word begins with a letter that can begin them: with
	 * {@link Matcher#find()} they were tried at every character of every document, a
	 * twentieth of the generator's time.
	 */
	private static final SparseMatches AFTER_LENGTH_WORD_AT = SparseMatches
		.beginningWith(AFTER_LENGTH_WORD, "wWfFoOaAtTnNbBlLrRsS")
		.atWordStarts();

	private static final SparseMatches BEFORE_COUNTING_WORD_AT = SparseMatches.beginningWith(BEFORE_COUNTING_WORD, "aA")
		.atWordStarts();

	/**
	 * "the lowest level in over a decade", "no order in about a year": the span a record
	 * or an absence is measured over, said with "in" before the bound.
	 */
	private static final Pattern IN_BEFORE = Pattern.compile("(?i)\\bin\\s+(?:just\\s+|more\\s+|less\\s+)?$");

	/** "once a year", "three times a day", "$5 a month": a rate. */
	private static final Pattern RATE_BEFORE = Pattern.compile(
			"(?i)(?:\\b(?:once|twice|times|per|hours|days|cents?|dollars?|pounds?|euros?|thousand|million|billion)|[\\d%])\\s+$");

	private SingleUnitCounts() {
	}

	/** The lengths of one unit in a document's text, as counts of 1. */
	static List<CountFact> find(DocumentText document, String clean) {
		List<CountFact> found = new ArrayList<>();
		Matcher m = AFTER_LENGTH_WORD_AT.matcher(clean);
		for (int from = 0; AFTER_LENGTH_WORD_AT.find(m, clean, from); from = m.end()) {
			if (!RecordWindows.measuresARecord(document, clean, m.start(),
					IN_BEFORE.matcher(clean.substring(Math.max(0, m.start() - 20), m.start())).find())) {
				add(document, clean, m, found);
			}
		}
		m = BEFORE_COUNTING_WORD_AT.matcher(clean);
		for (int from = 0; BEFORE_COUNTING_WORD_AT.find(m, clean, from); from = m.end()) {
			String before = clean.substring(Math.max(0, m.start() - 30), m.start());
			if (RATE_BEFORE.matcher(before).find()) {
				continue;
			}
			add(document, clean, m, found);
		}
		return found;
	}

	private static void add(DocumentText document, String clean, Matcher m, List<CountFact> found) {
		int start = m.start("n");
		int end = m.end("unit");
		for (CountFact f : found) {
			if (f.start() == start) {
				return;
			}
		}
		found.add(new CountFact(document.text().substring(start, end), start, end, 1, false,
				m.group("unit").toLowerCase(Locale.ROOT)));
	}

}
