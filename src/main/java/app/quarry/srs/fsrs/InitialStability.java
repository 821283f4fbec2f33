package app.quarry.srs.fsrs;

/**
 * The optimizer's first stage, as in fsrs-rs: for each first rating, the initial
 * stability (w0..w3) that best explains how often cards were recalled at their first
 * review a day or more later, then smoothed so that Again &le; Hard &le; Good &le; Easy
 * and filled in for ratings that never occurred.
 */
final class InitialStability {

	private static final double MAX = 100;

	private static final double W1 = 0.41;

	private static final double W2 = 0.54;

	private InitialStability() {
	}

	/**
	 * @param delta per first rating (index 1..4), the elapsed days of each first
	 * long-term review
	 * @param label per first rating, 1 when that review was recalled
	 * @param counts per first rating, how many reviews there are
	 * @param averageRecall share of recalled reviews in the whole training set
	 * @return w0..w3, or null when no first rating has data
	 */
	static double[] fit(int[][] delta, int[][] label, int[] counts, double averageRecall) {
		Double[] stability = new Double[5];
		for (int rating = 1; rating <= 4; rating++) {
			if (counts[rating] > 0) {
				stability[rating] = search(delta[rating], label[rating], counts[rating], averageRecall,
						Parameters.defaults().get(rating - 1));
			}
		}
		return smoothAndFill(stability, counts);
	}

	private static double search(int[] delta, int[] label, int n, double averageRecall, double defaultS0) {
		// group by elapsed days: mean recall (Laplace-smoothed) and count per group
		java.util.TreeMap<Integer, int[]> groups = new java.util.TreeMap<>();
		for (int i = 0; i < n; i++) {
			int[] g = groups.computeIfAbsent(delta[i], k -> new int[2]);
			g[0] += label[i];
			g[1]++;
		}
		double[] t = new double[groups.size()];
		double[] recall = new double[groups.size()];
		double[] count = new double[groups.size()];
		int i = 0;
		for (var entry : groups.entrySet()) {
			t[i] = entry.getKey();
			count[i] = entry.getValue()[1];
			double real = entry.getValue()[0] / count[i];
			recall[i] = (real * count[i] + averageRecall) / (count[i] + 1);
			i++;
		}
		double low = MemoryModel.S_MIN;
		double high = MAX;
		double best = defaultS0;
		for (int iteration = 0; high - low > Math.ulp(1.0) && iteration < 1000; iteration++) {
			double mid1 = low + (high - low) / 3;
			double mid2 = high - (high - low) / 3;
			if (loss(t, recall, count, mid1, defaultS0) < loss(t, recall, count, mid2, defaultS0)) {
				high = mid2;
			}
			else {
				low = mid1;
			}
			best = (high + low) / 2;
		}
		return best;
	}

	private static double loss(double[] t, double[] recall, double[] count, double s0, double defaultS0) {
		double decay = -Parameters.defaults().get(20);
		double factor = Math.pow(0.9, 1 / decay) - 1;
		double sum = 0;
		for (int i = 0; i < t.length; i++) {
			double y = Math.pow(t[i] / s0 * factor + 1, decay);
			sum += -(recall[i] * Math.log(y) + (1 - recall[i]) * Math.log(1 - y)) * count[i];
		}
		return sum + Math.abs(s0 - defaultS0) / 16;
	}

	/**
	 * fsrs-rs smooth_and_fill; {@code s} is indexed by rating 1..4, null where unknown.
	 */
	static double[] smoothAndFill(Double[] s, int[] counts) {
		int[][] pairs = { { 1, 2 }, { 2, 3 }, { 3, 4 }, { 1, 3 }, { 2, 4 }, { 1, 4 } };
		for (int[] pair : pairs) {
			int small = pair[0];
			int big = pair[1];
			if (s[small] != null && s[big] != null && s[small] > s[big]) {
				if (counts[small] > counts[big]) {
					s[big] = s[small];
				}
				else {
					s[small] = s[big];
				}
			}
		}
		int known = 0;
		for (int r = 1; r <= 4; r++) {
			known += s[r] != null ? 1 : 0;
		}
		if (known == 0) {
			return null;
		}
		if (known == 1) {
			int r = 1;
			while (s[r] == null) {
				r++;
			}
			double factor = s[r] / Parameters.defaults().get(r - 1);
			for (int k = 1; k <= 4; k++) {
				s[k] = Parameters.defaults().get(k - 1) * factor;
			}
		}
		else if (known == 2) {
			fillFromTwo(s);
		}
		else if (known == 3) {
			fillFromThree(s);
		}
		double[] result = new double[4];
		for (int r = 1; r <= 4; r++) {
			result[r - 1] = Math.min(Math.max(s[r], MemoryModel.S_MIN), MAX);
		}
		return result;
	}

	private static void fillFromTwo(Double[] s) {
		if (s[3] != null && s[4] != null) {
			s[2] = Math.pow(s[3], 1 / (1 - W2)) * Math.pow(s[4], 1 - 1 / (1 - W2));
			s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
		}
		else if (s[2] != null && s[4] != null) {
			s[3] = Math.pow(s[2], 1 - W2) * Math.pow(s[4], W2);
			s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
		}
		else if (s[2] != null && s[3] != null) {
			s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
			s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
		}
		else if (s[1] != null && s[4] != null) {
			double k = W1 * -W2 + (W1 + W2);
			s[2] = Math.pow(s[1], W1 / k) * Math.pow(s[4], 1 - W1 / k);
			s[3] = Math.pow(s[1], 1 - W2 / k) * Math.pow(s[4], W2 / k);
		}
		else if (s[1] != null && s[3] != null) {
			s[2] = Math.pow(s[1], W1) * Math.pow(s[3], 1 - W1);
			s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
		}
		else {
			s[3] = Math.pow(s[1], 1 - 1 / (1 - W1)) * Math.pow(s[2], 1 / (1 - W1));
			s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
		}
	}

	private static void fillFromThree(Double[] s) {
		if (s[1] == null) {
			s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
		}
		else if (s[2] == null) {
			s[2] = Math.pow(s[1], W1) * Math.pow(s[3], 1 - W1);
		}
		else if (s[3] == null) {
			s[3] = Math.pow(s[2], 1 - W2) * Math.pow(s[4], W2);
		}
		else {
			s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
		}
	}

}
