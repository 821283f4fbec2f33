package app.quarry.srs.fsrs;

/** How well a learner recalled a card, the four grades of FSRS. */
public enum Rating {

	AGAIN(1), HARD(2), GOOD(3), EASY(4);

	private static final Rating[] BY_VALUE = { null, AGAIN, HARD, GOOD, EASY };

	private final int value;

	Rating(int value) {
		this.value = value;
	}

	/** The grade as FSRS numbers it: 1 Again, 2 Hard, 3 Good, 4 Easy. */
	public int value() {
		return this.value;
	}

	/** The rating for 1..4; throws {@link IllegalArgumentException} for anything else. */
	public static Rating of(int value) {
		if (value < 1 || value > 4) {
			throw new IllegalArgumentException(
					"unknown rating " + value + " (expected 1 Again, 2 Hard, 3 Good or 4 Easy)");
		}
		return BY_VALUE[value];
	}

}
