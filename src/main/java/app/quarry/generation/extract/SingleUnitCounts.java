package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.BitSet;
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
	 * "an hour later", "a week afterwards", "a minute later": one unit counted on from a
	 * time, a minute being the step a match report or a timeline moves by. "A year ago"
	 * and "a year earlier" name a date, or the period compared with, and count nothing.
	 */
	private static final Pattern BEFORE_COUNTING_WORD = Pattern.compile("(?i)(?<![\\w$€£%-])\\b(?<n>an?)\\s+"
			+ "(?<unit>minute|hour|day|week|month|year|decade)\\s+(?:later|afterwards?)\\b");

	/**
	 * Tried only where a word begins with an "a": with {@link Matcher#find()} it was
	 * tried at every character of every document.
	 */
	private static final SparseMatches BEFORE_COUNTING_WORD_AT = SparseMatches.beginningWith(BEFORE_COUNTING_WORD, "aA")
		.atWordStarts();

	/**
	 * "a year", "an hour": the count and unit every match of {@link #AFTER_LENGTH_WORD}
	 * holds, a few words after its start.
	 */
	private static final SparseMatches ONE_UNIT_AT = SparseMatches
		.beginningWith(Pattern.compile("(?i)\\ban?\\s+(?:hour|day|week|month|year|decade)\\b"), "aA")
		.atWordStarts();

	/**
	 * How many words may stand before the "a" of a match of {@link #AFTER_LENGTH_WORD}:
	 * "long as just under an hour".
	 */
	private static final int WORDS_BEFORE_COUNT = 4;

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
		BitSet starts = lengthWordStarts(clean);
		Matcher m = AFTER_LENGTH_WORD.matcher(clean).useTransparentBounds(true).useAnchoringBounds(false);
		for (int from = 0; findLength(m, clean, starts, from); from = m.end()) {
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

	/**
	 * The places where a match of {@link #AFTER_LENGTH_WORD} may begin: the starts of the
	 * few words, apart only by spaces, before an "a" or "an" and its unit. Tried at every
	 * word of its first letters, the expression cost more than the rest of the counts of
	 * one unit; most words are far from any "a year".
	 */
	private static BitSet lengthWordStarts(String clean) {
		BitSet starts = new BitSet();
		Matcher unit = ONE_UNIT_AT.matcher(clean);
		for (int from = 0; ONE_UNIT_AT.find(unit, clean, from); from = unit.end()) {
			int at = unit.start();
			for (int word = 0; word < WORDS_BEFORE_COUNT; word++) {
				int end = at;
				while (end > 0 && isSpace(clean.charAt(end - 1))) {
					end--;
				}
				int start = end;
				while (start > 0 && Character.isLetter(clean.charAt(start - 1))) {
					start--;
				}
				if (end == at || start == end) {
					break;
				}
				starts.set(start);
				at = start;
			}
		}
		return starts;
	}

	/**
	 * Finds the next match of {@link #AFTER_LENGTH_WORD} from {@code from} on, as
	 * {@link Matcher#find()} would, trying it only at the {@code starts} it may begin at.
	 */
	private static boolean findLength(Matcher m, String clean, BitSet starts, int from) {
		for (int at = starts.nextSetBit(from); at >= 0; at = starts.nextSetBit(at + 1)) {
			m.region(at, clean.length());
			if (m.lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/** What {@code \\s} matches. */
	private static boolean isSpace(char c) {
		return c == ' ' || c >= '\t' && c <= '\r';
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
