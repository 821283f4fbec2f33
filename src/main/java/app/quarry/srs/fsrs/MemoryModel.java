package app.quarry.srs.fsrs;

/**
 * The FSRS-6 formulas: forgetting curve, initial state, difficulty and stability updates
 * and the interval that reaches a desired retention. Stateless apart from its parameters.
 */
public final class MemoryModel {

	/** Smallest stability kept, in days. */
	public static final double S_MIN = 0.001;

	/** Largest stability kept, in days. */
	public static final double S_MAX = 36500;

	private final double[] w;

	private final double decay;

	private final double factor;

	private final double expW8;

	private final double easyStart;

	public MemoryModel(Parameters parameters) {
		this.w = parameters.toArray();
		this.decay = -this.w[20];
		this.factor = Math.pow(0.9, 1 / this.decay) - 1;
		this.expW8 = Math.exp(this.w[8]);
		this.easyStart = rawInitialDifficulty(Rating.EASY);
	}

	/** Probability of recall after {@code elapsedDays} at stability {@code stability}. */
	public double retrievability(double elapsedDays, double stability) {
		return Math.pow(1 + this.factor * elapsedDays / stability, this.decay);
	}

	/** The state after a card's first review. */
	public MemoryState initial(Rating rating) {
		return new MemoryState(clampStability(this.w[rating.value() - 1]),
				clampDifficulty(rawInitialDifficulty(rating)));
	}

	private double rawInitialDifficulty(Rating rating) {
		return this.w[4] - Math.exp(this.w[5] * (rating.value() - 1)) + 1;
	}

	/**
	 * Difficulty after a review: linear damping towards 10, then mean reversion to
	 * D0(Easy).
	 */
	public double nextDifficulty(double difficulty, Rating rating) {
		double delta = -this.w[6] * (rating.value() - 3);
		double damped = difficulty + delta * (10 - difficulty) / 9;
		double reverted = this.w[7] * this.easyStart + (1 - this.w[7]) * damped;
		return clampDifficulty(reverted);
	}

	/** Stability after a review on the same day as the previous one. */
	public double shortTermStability(double stability, Rating rating) {
		double increase = Math.exp(this.w[17] * (rating.value() - 3 + this.w[18])) * Math.pow(stability, -this.w[19]);
		if (rating.value() >= 2) {
			increase = Math.max(increase, 1);
		}
		return clampStability(stability * increase);
	}

	/**
	 * Stability after a successful (Hard, Good, Easy) review at retrievability {@code r}.
	 */
	public double recallStability(double difficulty, double stability, double r, Rating rating) {
		return recallStability(stability, recallGrowth(difficulty, stability, r), rating);
	}

	/**
	 * The part of the stability increase after a successful review that does not depend
	 * on the rating, so the scheduler can derive Hard, Good and Easy from one
	 * computation.
	 */
	double recallGrowth(double difficulty, double stability, double r) {
		return this.expW8 * (11 - difficulty) * Math.pow(stability, -this.w[9]) * (Math.exp(this.w[10] * (1 - r)) - 1);
	}

	/** Stability after a successful review, given {@link #recallGrowth}. */
	double recallStability(double stability, double growth, Rating rating) {
		double hardPenalty = rating == Rating.HARD ? this.w[15] : 1;
		double easyBonus = rating == Rating.EASY ? this.w[16] : 1;
		return clampStability(stability * (1 + growth * hardPenalty * easyBonus));
	}

	/** Days per day of stability until recall falls to {@code retention}. */
	double intervalPerStability(double retention) {
		return (Math.pow(retention, 1 / this.decay) - 1) / this.factor;
	}

	/** Stability after a lapse (Again) at retrievability {@code r}. */
	public double forgetStability(double difficulty, double stability, double r) {
		double longTerm = this.w[11] * Math.pow(difficulty, -this.w[12]) * (Math.pow(stability + 1, this.w[13]) - 1)
				* Math.exp(this.w[14] * (1 - r));
		double shortTermCap = stability / Math.exp(this.w[17] * this.w[18]);
		return clampStability(Math.min(longTerm, shortTermCap));
	}

	/**
	 * The memory state after a review, {@code elapsedDays} whole days after the previous
	 * one; {@code current} is null for a card's first review.
	 */
	public MemoryState next(MemoryState current, long elapsedDays, Rating rating) {
		if (current == null) {
			return initial(rating);
		}
		return new MemoryState(nextStability(current, elapsedDays, rating),
				nextDifficulty(current.difficulty(), rating));
	}

	/** The stability part of {@link #next}. */
	public double nextStability(MemoryState current, long elapsedDays, Rating rating) {
		if (current == null) {
			return initial(rating).stability();
		}
		double s = current.stability();
		if (elapsedDays == 0) {
			return shortTermStability(s, rating);
		}
		double r = retrievability(elapsedDays, s);
		return rating == Rating.AGAIN ? forgetStability(current.difficulty(), s, r)
				: recallStability(current.difficulty(), s, r, rating);
	}

	/** Days until recall probability falls to {@code retention}, not rounded. */
	public double intervalDays(double stability, double retention) {
		return stability / this.factor * (Math.pow(retention, 1 / this.decay) - 1);
	}

	/**
	 * The review interval in whole days: rounded, at least 1, at most {@code maximum}.
	 */
	public long interval(double stability, double retention, long maximum) {
		long days = Math.round(intervalDays(stability, retention));
		return Math.min(Math.max(days, 1), maximum);
	}

	static double clampStability(double s) {
		return Math.min(Math.max(s, S_MIN), S_MAX);
	}

	static double clampDifficulty(double d) {
		return Math.min(Math.max(d, 1), 10);
	}

}
