package app.quarry.srs.fsrs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Scores parameters on the predictable reviews of a log: each card's history is replayed
 * through the memory model and every review a day or more after the previous one is
 * predicted from the state before it.
 */
public final class Evaluation {

	private Evaluation() {
	}

	/** Log loss, RMSE(bins) and AUC of {@code parameters} on {@code histories}. */
	public static Metrics evaluate(ReviewHistories histories, Parameters parameters) {
		int n = histories.itemCount();
		boolean[][] wanted = new boolean[histories.cardCount()][];
		for (int i = 0; i < n; i++) {
			int c = histories.itemCard[i];
			if (wanted[c] == null) {
				wanted[c] = new boolean[histories.ratings[c].length];
			}
			wanted[c][histories.itemPosition[i]] = true;
		}
		MemoryModel model = new MemoryModel(parameters);
		double[] predicted = new double[n];
		int[] actual = new int[n];
		Map<Long, double[]> bins = new HashMap<>();
		int k = 0;
		double logLoss = 0;
		for (int c = 0; c < wanted.length; c++) {
			if (wanted[c] == null) {
				continue;
			}
			int[] ratings = histories.ratings[c];
			int[] elapsed = histories.elapsedDays[c];
			MemoryState state = model.initial(Rating.of(ratings[0]));
			int longTerm = 0;
			int lapses = 0;
			for (int j = 1; j < ratings.length; j++) {
				if (elapsed[j] > 0) {
					longTerm++;
				}
				if (wanted[c][j]) {
					double p = model.retrievability(elapsed[j], state.stability());
					int y = ratings[j] > 1 ? 1 : 0;
					double clipped = Math.min(Math.max(p, 1e-10), 1 - 1e-10);
					logLoss -= y == 1 ? Math.log(clipped) : Math.log(1 - clipped);
					predicted[k] = p;
					actual[k] = y;
					k++;
					double[] bin = bins.computeIfAbsent(binKey(elapsed[j], longTerm + 1, lapses), key -> new double[3]);
					bin[0] += p;
					bin[1] += y;
					bin[2]++;
				}
				if (elapsed[j] > 0 && ratings[j] == 1) {
					lapses++;
				}
				state = model.next(state, elapsed[j], Rating.of(ratings[j]));
			}
		}
		double squares = 0;
		for (double[] bin : bins.values()) {
			double diff = bin[0] / bin[2] - bin[1] / bin[2];
			squares += diff * diff * bin[2];
		}
		return new Metrics(n == 0 ? Double.NaN : logLoss / n, n == 0 ? Double.NaN : Math.sqrt(squares / n),
				auc(predicted, actual), n);
	}

	/**
	 * srs-benchmark's bins: interval, review count and lapse count on geometric scales.
	 */
	private static long binKey(int days, int length, int lapses) {
		long dayBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(days) / Math.log(3.62))) * 100);
		long lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
		long lapseBin = lapses == 0 ? 0
				: Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
		return (dayBin * 1_000_003L + lengthBin) * 1_000_003L + lapseBin;
	}

	/** Mann-Whitney AUC with average ranks for ties; NaN when one class is missing. */
	static double auc(double[] predicted, int[] actual) {
		int n = predicted.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(predicted[a], predicted[b]));
		double positiveRanks = 0;
		long positives = 0;
		int i = 0;
		while (i < n) {
			int j = i;
			while (j + 1 < n && predicted[order[j + 1]] == predicted[order[i]]) {
				j++;
			}
			double rank = (i + j) / 2.0 + 1;
			for (int t = i; t <= j; t++) {
				if (actual[order[t]] == 1) {
					positiveRanks += rank;
					positives++;
				}
			}
			i = j + 1;
		}
		long negatives = n - positives;
		if (positives == 0 || negatives == 0) {
			return Double.NaN;
		}
		return (positiveRanks - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
	}

}
