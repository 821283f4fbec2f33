package app.quarry.bank.grading;

/** How a response compares with the answer. */
public enum Verdict {

	/** The response means the answer. */
	CORRECT,
	/**
	 * Close to the answer but not certainly it (a misspelling, an ambiguous date or name,
	 * a less precise date): the learner decides whether to count it.
	 */
	ALMOST,
	/** The response is not the answer. */
	WRONG

}
