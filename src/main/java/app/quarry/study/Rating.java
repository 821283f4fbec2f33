package app.quarry.study;

/** The four answers to "how well did you remember?", as FSRS numbers them. */
public enum Rating {

	AGAIN(1, "Again"), HARD(2, "Hard"), GOOD(3, "Good"), EASY(4, "Easy");

	private final int number;

	private final String label;

	Rating(int number, String label) {
		this.number = number;
		this.label = label;
	}

	/** 1 to 4, which is also the key that picks it. */
	public int number() {
		return this.number;
	}

	public String label() {
		return this.label;
	}

	public static Rating ofNumber(int number) {
		for (Rating rating : values()) {
			if (rating.number == number) {
				return rating;
			}
		}
		throw new IllegalArgumentException("a rating is 1 to 4, not " + number);
	}

}
