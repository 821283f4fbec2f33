package app.quarry.classroom;

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

}
