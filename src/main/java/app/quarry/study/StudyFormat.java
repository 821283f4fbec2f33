package app.quarry.study;

/** How a question is asked; the bank's {@code format} field. */
public enum StudyFormat {

	FLASHCARD("flashcard"), MULTIPLE_CHOICE("multiple_choice"), TYPED("typed"), CLOZE("cloze"),
	TRUE_FALSE("true_false");

	private final String bankName;

	StudyFormat(String bankName) {
		this.bankName = bankName;
	}

	public String bankName() {
		return this.bankName;
	}

	/** Objective formats are graded by the app, which then suggests a rating. */
	public boolean isObjective() {
		return this != FLASHCARD;
	}

	/** Formats answered by picking one of the question's options. */
	public boolean hasOptions() {
		return this == MULTIPLE_CHOICE || this == TRUE_FALSE;
	}

	public static boolean isKnown(String name) {
		for (StudyFormat format : values()) {
			if (format.bankName.equals(name)) {
				return true;
			}
		}
		return false;
	}

	public static StudyFormat ofBankName(String name) {
		for (StudyFormat format : values()) {
			if (format.bankName.equals(name)) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown question format: " + name);
	}

}
