package app.quarry.classroom.results;

/**
 * What a question's discrimination says about it. Thresholds on the corrected
 * point-biserial correlation r (item score against the rest of the test):
 * <ul>
 * <li>{@link #NEGATIVE}: r &le; -0.1 — stronger students got it wrong more often; check
 * the key.</li>
 * <li>{@link #NEAR_ZERO}: -0.1 &lt; r &lt; 0.1 — it does not separate strong from weak
 * students.</li>
 * <li>{@link #OK}: r &ge; 0.1.</li>
 * <li>{@link #NOT_MEASURABLE}: everyone scored the same on it or on the rest of the test,
 * or fewer than two students answered, so r is undefined.</li>
 * </ul>
 */
public enum DiscriminationFlag {

	NEGATIVE, NEAR_ZERO, OK, NOT_MEASURABLE;

	static final double NEGATIVE_AT_OR_BELOW = -0.1;

	static final double OK_AT_OR_ABOVE = 0.1;

	static DiscriminationFlag of(double pointBiserial) {
		if (Double.isNaN(pointBiserial)) {
			return NOT_MEASURABLE;
		}
		if (pointBiserial <= NEGATIVE_AT_OR_BELOW) {
			return NEGATIVE;
		}
		return (pointBiserial < OK_AT_OR_ABOVE) ? NEAR_ZERO : OK;
	}

	/** Whether the question deserves a teacher's look. */
	public boolean needsReview() {
		return this == NEGATIVE || this == NEAR_ZERO;
	}

}
