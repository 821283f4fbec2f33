package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * A count of days set beside the day just told: "open on March 4, three days before the
 * ferry sails", "lands on October 20, two days later than planned". The words after the
 * comma name the same day again, by how far it lies from another event; they are not
 * counted from it. The event's own day is the told day moved the other way (the ferry
 * sails on March 7; the plan was October 18).
 */
final class ApposedOffsets {

	/** Only a comma between the day told and the count after it. */
	private static final Pattern APPOSED = Pattern.compile(",\\s+(?:just\\s+|only\\s+)?");

	private ApposedOffsets() {
	}

	/**
	 * The day told just before a count of days starting at {@code start}, with only a
	 * comma between; null when there is none.
	 */
	static DateFact toldDay(DateRun run, int start) {
		if (run.facts.isEmpty() || !(run.facts.get(run.facts.size() - 1) instanceof DateFact told)
				|| told.value() == null || told.value().length() != 10 || told.value().startsWith("-")
				|| told.end() > start) {
			return null;
		}
		String between = run.doc.cleanText().substring(told.end(), start);
		return APPOSED.matcher(between).matches() ? told : null;
	}

}
