package app.quarry.classroom;

/** Where an assignment stands for one student. */
public enum AssignmentStatus {

	/** Not open yet. */
	UPCOMING("Upcoming"),
	/** Open and not yet handed in. */
	DUE("Due"),
	/** The due time passed without a submission. */
	OVERDUE("Overdue"),
	/** Submitted (as many attempts as the student wanted, or all allowed). */
	DONE("Done");

	private final String label;

	AssignmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
