package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * A count of days set beside the day just told: "open on March 4, three days before the
 * ferry sails", "lands on October 20, two days later than planned". The words after the
 * comma name the same day again, by how far it lies from another event; they are not
 * counted from it. The event's own day is the told day moved the other way (the ferry
 * sails on March 7; the plan was October 18). A count of years or months does the same
 * beside a year or month: "would close in 2011, four years sooner than planned" names
 * 2011, not 2007.
 */
final class ApposedOffsets {

	/** Only a comma between the day told and the count after it. */
	private static final Pattern APPOSED = Pattern.compile(",\\s+(?:just\\s+|only\\s+)?");

	private ApposedOffsets() {
	}

	/**
	 * The date told just before a count of {@code unit}s starting at {@code start}, with
	 * only a comma between: a day before any count, a month before a count of months or
	 * years, a year before a count of years; null when there is none.
	 */
	static DateFact toldDay(DateRun run, int start, String unit) {
		if (run.facts.isEmpty() || !(run.facts.get(run.facts.size() - 1) instanceof DateFact told)
				|| told.value() == null || told.value().startsWith("-") || told.end() > start) {
			return null;
		}
		int length = told.value().length();
		boolean years = unit != null && unit.startsWith("year");
		boolean months = unit != null && unit.startsWith("month");
		if (!(length == 10 || length == 7 && (years || months) || length == 4 && years)) {
			return null;
		}
		String between = run.doc.cleanText().substring(told.end(), start);
		return APPOSED.matcher(between).matches() ? told : null;
	}

}
