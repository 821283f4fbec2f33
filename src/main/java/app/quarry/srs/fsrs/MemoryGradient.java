package app.quarry.srs.fsrs;

import java.util.Arrays;

/**
 * The memory model run forward along one card's history while carrying the derivatives of
 * stability and difficulty with respect to all 21 weights (forward-mode differentiation
 * with hand-derived local derivatives), so the optimizer gets exact gradients of the log
 * loss without a tape. Clamped values pass no gradient, as in fsrs-rs.
 */
final class MemoryGradient {

	private static final int N = Parameters.COUNT;

	private static final double LN_09 = Math.log(0.9);

	private final double[] w;

	private final double factor;

	private final double factorDerivative;

	private double s;

	private double d;

	private double[] dS = new double[N];

	private double[] dD = new double[N];

	private double[] nextS = new double[N];

	private double[] nextD = new double[N];

	private double pendingS;

	private double r;

	private double rByS;

	private double rByDecay;

	MemoryGradient(double[] w) {
		this.w = w;
		this.factor = Math.pow(0.9, -1 / w[20]) - 1;
		this.factorDerivative = (this.factor + 1) * LN_09 / (w[20] * w[20]);
	}

	double stability() {
		return this.s;
	}

	/** The first review of a card. */
	void start(int rating) {
		Arrays.fill(this.dS, 0);
		Arrays.fill(this.dD, 0);
		this.s = this.w[rating - 1];
		if (this.s < MemoryModel.S_MIN || this.s > MemoryModel.S_MAX) {
			this.s = MemoryModel.clampStability(this.s);
		}
		else {
			this.dS[rating - 1] = 1;
		}
		double growth = Math.exp(this.w[5] * (rating - 1));
		this.d = this.w[4] - growth + 1;
		if (this.d < 1 || this.d > 10) {
			this.d = MemoryModel.clampDifficulty(this.d);
		}
		else {
			this.dD[4] = 1;
			this.dD[5] = -(rating - 1) * growth;
		}
	}

	/**
	 * Recall probability after {@code days}, with its partial derivatives kept for later.
	 */
	double retrievability(int days) {
		double u = 1 + this.factor * days / this.s;
		double decayW = this.w[20];
		this.r = Math.pow(u, -decayW);
		this.rByS = this.r * decayW * this.factor * days / (u * this.s * this.s);
		this.rByDecay = this.r * (-Math.log(u) - decayW * (days / this.s) * this.factorDerivative / u);
		return this.r;
	}

	/**
	 * Adds {@code weight} times the gradient of the log loss of the review {@code days}
	 * after the current state with outcome {@code label} (1 recalled, 0 forgotten) to
	 * {@code grad}; returns that weighted loss.
	 */
	double addLoss(int days, int label, double weight, double[] grad) {
		double p = Math.min(Math.max(retrievability(days), 1e-10), 1 - 1e-10);
		double loss = -weight * (label == 1 ? Math.log(p) : Math.log(1 - p));
		double byR = -weight * (label == 1 ? 1 / p : -1 / (1 - p));
		double byS = byR * this.rByS;
		for (int k = 0; k < N; k++) {
			grad[k] += byS * this.dS[k];
		}
		grad[20] += byR * this.rByDecay;
		return loss;
	}

	/** The review {@code days} after the previous one with {@code rating}. */
	void step(int days, int rating) {
		if (days == 0) {
			shortTerm(rating);
		}
		else if (rating == 1) {
			retrievability(days);
			forget();
		}
		else {
			retrievability(days);
			recall(rating);
		}
		double newS = this.pendingS;
		if (newS < MemoryModel.S_MIN || newS > MemoryModel.S_MAX) {
			newS = MemoryModel.clampStability(newS);
			Arrays.fill(this.nextS, 0);
		}
		updateDifficulty(rating);
		this.s = newS;
		double[] swap = this.dS;
		this.dS = this.nextS;
		this.nextS = swap;
		swap = this.dD;
		this.dD = this.nextD;
		this.nextD = swap;
	}

	private void shortTerm(int rating) {
		double[] w = this.w;
		double m = Math.exp(w[17] * (rating - 3 + w[18])) * Math.pow(this.s, -w[19]);
		if (rating >= 2 && m < 1) {
			this.pendingS = this.s;
			System.arraycopy(this.dS, 0, this.nextS, 0, N);
			return;
		}
		double newS = this.s * m;
		double byS = m * (1 - w[19]);
		for (int k = 0; k < N; k++) {
			this.nextS[k] = byS * this.dS[k];
		}
		this.nextS[17] += newS * (rating - 3 + w[18]);
		this.nextS[18] += newS * w[17];
		this.nextS[19] += -newS * Math.log(this.s);
		this.pendingS = newS;
	}

	private void forget() {
		double[] w = this.w;
		double s = this.s;
		double dp = Math.pow(this.d, -w[12]);
		double p = Math.pow(s + 1, w[13]);
		double e = Math.exp(w[14] * (1 - this.r));
		double longTerm = w[11] * dp * (p - 1) * e;
		double capFactor = Math.exp(-w[17] * w[18]);
		double cap = s * capFactor;
		if (longTerm <= cap) {
			double byR = -w[14] * longTerm;
			double bySTotal = w[11] * dp * e * w[13] * p / (s + 1) + byR * this.rByS;
			double byD = -w[12] * longTerm / this.d;
			for (int k = 0; k < N; k++) {
				this.nextS[k] = bySTotal * this.dS[k] + byD * this.dD[k];
			}
			this.nextS[11] += dp * (p - 1) * e;
			this.nextS[12] += -Math.log(this.d) * longTerm;
			this.nextS[13] += w[11] * dp * p * Math.log(s + 1) * e;
			this.nextS[14] += longTerm * (1 - this.r);
			this.nextS[20] += byR * this.rByDecay;
			this.pendingS = longTerm;
		}
		else {
			for (int k = 0; k < N; k++) {
				this.nextS[k] = capFactor * this.dS[k];
			}
			this.nextS[17] += -w[18] * cap;
			this.nextS[18] += -w[17] * cap;
			this.pendingS = cap;
		}
	}

	private void recall(int rating) {
		double[] w = this.w;
		double s = this.s;
		double hard = rating == 2 ? w[15] : 1;
		double easy = rating == 4 ? w[16] : 1;
		double e = Math.exp(w[10] * (1 - this.r));
		double core = Math.exp(w[8]) * (11 - this.d) * Math.pow(s, -w[9]);
		double base = core * hard * easy;
		double inc = base * (e - 1);
		double incByR = -base * e * w[10];
		double bySTotal = (1 + inc) + s * (-w[9] * inc / s + incByR * this.rByS);
		double byD = -s * inc / (11 - this.d);
		for (int k = 0; k < N; k++) {
			this.nextS[k] = bySTotal * this.dS[k] + byD * this.dD[k];
		}
		this.nextS[8] += s * inc;
		this.nextS[9] += -s * Math.log(s) * inc;
		this.nextS[10] += s * base * e * (1 - this.r);
		if (rating == 2) {
			this.nextS[15] += s * core * (e - 1) * easy;
		}
		if (rating == 4) {
			this.nextS[16] += s * core * (e - 1) * hard;
		}
		this.nextS[20] += s * incByR * this.rByDecay;
		this.pendingS = s * (1 + inc);
	}

	private void updateDifficulty(int rating) {
		double[] w = this.w;
		double d = this.d;
		double damped = d - w[6] * (rating - 3) * (10 - d) / 9;
		double dampedByD = 1 + w[6] * (rating - 3) / 9.0;
		double easyGrowth = Math.exp(3 * w[5]);
		double easyStart = w[4] - easyGrowth + 1;
		double reverted = w[7] * easyStart + (1 - w[7]) * damped;
		if (reverted < 1 || reverted > 10) {
			Arrays.fill(this.nextD, 0);
			this.d = MemoryModel.clampDifficulty(reverted);
			return;
		}
		double byD = (1 - w[7]) * dampedByD;
		for (int k = 0; k < N; k++) {
			this.nextD[k] = byD * this.dD[k];
		}
		this.nextD[6] += (1 - w[7]) * (-(rating - 3) * (10 - d) / 9);
		this.nextD[7] += easyStart - damped;
		this.nextD[4] += w[7];
		this.nextD[5] += -w[7] * 3 * easyGrowth;
		this.d = reverted;
	}

}
