package app.quarry.srs.fsrs;

/**
 * Where a card is in its life: never reviewed, in (re)learning steps, or on day
 * intervals.
 */
public enum CardState {

	NEW, LEARNING, REVIEW, RELEARNING;

	/** The lower-case name used in JSON output. */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
