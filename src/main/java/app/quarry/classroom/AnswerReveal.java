package app.quarry.classroom;

import java.time.Instant;

/** When a student taking an assignment is shown the right answers. */
public enum AnswerReveal {

	/** Right after each answer is saved, like studying. */
	AFTER_EACH("After each answer"),
	/** Once the attempt is submitted. */
	AFTER_SUBMIT("After submitting"),
	/** Only after the due time, so early finishers cannot pass answers on. */
	AFTER_DUE("After the due time");

	private final String label;

	AnswerReveal(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether every answer and mark of an attempt may be shown to its student now: once
	 * the attempt is closed, or under {@link #AFTER_DUE} once the due time passed.
	 */
	public boolean showsAll(boolean attemptClosed, Instant now, Instant dueAt) {
		return switch (this) {
			case AFTER_EACH, AFTER_SUBMIT -> attemptClosed;
			case AFTER_DUE -> !now.isBefore(dueAt);
		};
	}

}
