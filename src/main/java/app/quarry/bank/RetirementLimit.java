package app.quarry.bank;

/**
 * How much of the current generated questions one bank import may retire. A bank that
 * drops most of its questions is far more often a broken file (an empty question list, a
 * generator run on the wrong folder) than an intended change, and retiring them hides
 * them from every learner at once.
 *
 * @param maxShare the largest share of the current generated questions that may be
 * retired, from 0 to 1
 */
public record RetirementLimit(double maxShare) {

	/** Any share may be retired: for an explicit, deliberate import. */
	public static final RetirementLimit NONE = new RetirementLimit(1.0);

	public RetirementLimit {
		if (!(maxShare >= 0 && maxShare <= 1)) {
			throw new IllegalArgumentException("the share must be between 0 and 1, not " + maxShare);
		}
	}

	/** The share above which retiring is worth a warning even when it is allowed. */
	static final double NOTABLE_SHARE = 0.2;

	boolean allows(long retiring, long current) {
		return retiring <= Math.floor(current * this.maxShare) || this.maxShare >= 1.0;
	}

	/**
	 * More than {@link #NOTABLE_SHARE} would be retired, whether or not that is allowed.
	 */
	static boolean notable(long retiring, long current) {
		return retiring > Math.floor(current * NOTABLE_SHARE);
	}

	String describe() {
		return "at most " + Math.round(this.maxShare * 100) + " %";
	}

}
