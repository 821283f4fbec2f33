package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * The calendar quarters a text has named so far, for the words that refer back to one
 * ("the quarter", "a year earlier", "the year-ago period").
 */
final class NamedQuarters {

	/**
	 * Words of a quarter counted back from another ("a year ago", "the year-earlier
	 * period") or placed from one ("the 1988 period"): not a quarter the text named.
	 */
	private static final Pattern COUNTED_BACK = Pattern.compile("(?i)\\b(?:ago|earlier|previous|last year|period)\\b");

	/** A quarter's number in its words: "the first quarter", "4th-quarter". */
	private static final Pattern NUMBERED = Pattern.compile("(?i)\\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\\b");

	/** A calendar quarter's range: "2009-07/2009-09". */
	private static final Pattern QUARTER_VALUE = Pattern.compile("\\d{4}-(?:01|04|07|10)/\\d{4}-(?:03|06|09|12)");

	/**
	 * "After a sluggish third quarter", "following a weak first quarter": a quarter told
	 * as what came before the news, not the one the report is about.
	 */
	private static final Pattern TOLD_AS_BEFORE = Pattern
		.compile("(?i)\\b(?:after|following)\\s+(?:a|an|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}$");

	private final DateRun run;

	NamedQuarters(DateRun run) {
		this.run = run;
	}

	/**
	 * The last quarter the text named, if within {@code within} sentences; a quarter
	 * counted back from it ("a year earlier") is not one named.
	 */
	String last(int sentence, int within) {
		return last(sentence, within, false);
	}

	/**
	 * The last quarter the text named by its number ("the fiscal first quarter"), if
	 * within {@code within} sentences: a company whose year is not the calendar's goes on
	 * about it as "the quarter".
	 */
	String lastNumbered(int sentence, int within) {
		return last(sentence, within, true);
	}

	private String last(int sentence, int within, boolean numbered) {
		for (int i = this.run.facts.size() - 1; i >= 0; i--) {
			if (this.run.facts.get(i) instanceof DateFact d && d.value() != null
					&& !COUNTED_BACK.matcher(d.text()).find() && (!numbered || NUMBERED.matcher(d.text()).find())
					&& QUARTER_VALUE.matcher(d.value()).matches()
					&& d.value().substring(0, 4).equals(d.value().substring(8, 12))
					&& Integer.parseInt(d.value().substring(13)) - Integer.parseInt(d.value().substring(5, 7)) == 2) {
				int away = sentence - this.run.sentenceIndex(d.start());
				if (toldAsBefore(d)) {
					continue;
				}
				if (away > 1 && ahead(d.value()) && this.run.future(d.start())) {
					// "losses into the fourth quarter" is a forecast: a report goes on
					// about the quarter it reports, not one still to come that it named
					// sentences before
					continue;
				}
				return away <= within ? d.value() : null;
			}
		}
		return null;
	}

	private boolean toldAsBefore(DateFact d) {
		String clean = this.run.doc.cleanText();
		return TOLD_AS_BEFORE.matcher(clean.substring(Math.max(0, d.start() - 40), d.start())).find();
	}

	/**
	 * Whether a quarter had not yet ended when the text was written: the current one
	 * ("continue into the fourth quarter") or one ahead. A fiscal quarter just ended may
	 * be a calendar one still running, so only words of the future make it a forecast.
	 */
	private boolean ahead(String quarter) {
		return this.run.refMonth != null && !IsoDates.month(quarter.substring(8, 15)).isBefore(this.run.refMonth);
	}

	static String yearsAway(String quarter, long years) {
		int year = Integer.parseInt(quarter.substring(0, 4)) + (int) years;
		return year + quarter.substring(4, 8) + year + quarter.substring(12);
	}

}
