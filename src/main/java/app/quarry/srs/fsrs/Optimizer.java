package app.quarry.srs.fsrs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fits the 21 weights to a review log the way fsrs-rs does: outlier filtering, initial
 * stabilities from first reviews, then 5 epochs of Adam (learning rate 0.04 with cosine
 * annealing, batches of 512 reviews sorted by history length, seeded shuffling) on the
 * recency-weighted log loss plus an L2 pull towards the initial weights, clipping to the
 * published bounds after every step and keeping the epoch with the lowest loss.
 * Deterministic for a given log.
 */
public final class Optimizer {

	private static final int EPOCHS = 5;

	private static final int BATCH = 512;

	private static final double LEARNING_RATE = 0.04;

	private static final int MAX_LENGTH = 256;

	private static final double GAMMA = 1.0;

	private static final double[] STDDEV = { 6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3,
			0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27 };

	private static final int N = Parameters.COUNT;

	private Optimizer() {
	}

	/** The fitted weights; the defaults when the log is too small to learn from. */
	public static Parameters fit(ReviewHistories h) {
		int items = h.itemCount();
		// fsrs-rs filter_outlier: drop rare (first rating, first interval) pairs
		List<Integer> initialization = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			if (h.longTermCount(h.itemCard[i], h.itemPosition[i]) == 1) {
				initialization.add(i);
			}
		}
		Set<Long> removed = outliers(h, initialization);
		initialization.removeIf(i -> removed.contains(pair(h, h.itemCard[i])));
		List<Integer> train = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			if (!removed.contains(pair(h, h.itemCard[i]))) {
				train.add(i);
			}
		}
		if (train.size() < 8) {
			return Parameters.defaults();
		}
		int recalled = 0;
		for (int i : train) {
			recalled += label(h, i);
		}
		double averageRecall = recalled / (double) train.size();
		int[] counts = new int[5];
		for (int i : initialization) {
			counts[h.ratings[h.itemCard[i]][0]]++;
		}
		int[][] delta = new int[5][];
		int[][] labels = new int[5][];
		int[] fill = new int[5];
		for (int r = 1; r <= 4; r++) {
			delta[r] = new int[counts[r]];
			labels[r] = new int[counts[r]];
		}
		for (int i : initialization) {
			int c = h.itemCard[i];
			int r = h.ratings[c][0];
			delta[r][fill[r]] = h.elapsedDays[c][h.itemPosition[i]];
			labels[r][fill[r]++] = label(h, i);
		}
		double[] initialS = InitialStability.fit(delta, labels, counts, averageRecall);
		if (initialS == null) {
			return Parameters.defaults();
		}
		double[] initial = Parameters.defaults().toArray();
		System.arraycopy(initialS, 0, initial, 0, 4);
		Parameters.clip(initial);
		if (train.size() == initialization.size() || train.size() < 64) {
			return Parameters.of(initial);
		}
		double[] fitted = train(h, train, initial);
		Double[] s0 = new Double[5];
		for (int r = 1; r <= 4; r++) {
			s0[r] = counts[r] > 0 ? fitted[r - 1] : null;
		}
		double[] smoothed = InitialStability.smoothAndFill(s0, counts);
		if (smoothed != null) {
			System.arraycopy(smoothed, 0, fitted, 0, 4);
		}
		Parameters.clip(fitted);
		return Parameters.of(fitted);
	}

	private static double[] train(ReviewHistories h, List<Integer> train, double[] initial) {
		int total = train.size();
		double[] weight = new double[h.itemCount()];
		double span = Math.max(total - 1, 1);
		for (int k = 0; k < total; k++) {
			weight[train.get(k)] = 0.25 + 0.75 * Math.pow(k / span, 3);
		}
		List<Integer> kept = new ArrayList<>(train);
		kept.removeIf(i -> h.itemPosition[i] + 1 > MAX_LENGTH);
		kept.sort((a, b) -> Integer.compare(h.itemPosition[a], h.itemPosition[b]));
		int size = kept.size();
		int[] sorted = kept.stream().mapToInt(Integer::intValue).toArray();
		int batches = (size + BATCH - 1) / BATCH;
		int iterations = (size / BATCH + 1) * EPOCHS;
		List<Integer> order = new ArrayList<>();
		for (int b = 0; b < batches; b++) {
			order.add(b);
		}
		Random random = new Random(2023);
		double[] w = initial.clone();
		double[] best = w.clone();
		double bestLoss = Double.POSITIVE_INFINITY;
		double[] m = new double[N];
		double[] v = new double[N];
		double[] grad = new double[N];
		int t = 0;
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			Collections.shuffle(order, random);
			for (int b : order) {
				int from = b * BATCH;
				int to = Math.min(from + BATCH, size);
				Arrays.fill(grad, 0);
				lossAndGradient(h, sorted, from, to, weight, w, grad);
				double scale = GAMMA * (to - from) / size;
				for (int k = 0; k < N; k++) {
					grad[k] += 2 * (w[k] - initial[k]) / (STDDEV[k] * STDDEV[k]) * scale;
				}
				double lr = LEARNING_RATE * (1 + Math.cos(Math.PI * t / iterations)) / 2;
				t++;
				double c1 = 1 - Math.pow(0.9, t);
				double c2 = 1 - Math.pow(0.999, t);
				for (int k = 0; k < N; k++) {
					m[k] = 0.9 * m[k] + 0.1 * grad[k];
					v[k] = 0.999 * v[k] + 0.001 * grad[k] * grad[k];
					w[k] -= lr * (m[k] / c1) / (Math.sqrt(v[k] / c2) + 1e-8);
				}
				Parameters.clip(w);
			}
			double loss = lossAndGradient(h, sorted, 0, size, weight, w, new double[N]);
			double penalty = 0;
			for (int k = 0; k < N; k++) {
				penalty += (w[k] - initial[k]) * (w[k] - initial[k]) / (STDDEV[k] * STDDEV[k]);
			}
			loss = (loss + GAMMA * penalty) / size;
			if (loss < bestLoss) {
				bestLoss = loss;
				best = w.clone();
			}
		}
		return best;
	}

	/**
	 * Weighted log loss of the items {@code sorted[from..to)}, its gradient added to
	 * {@code grad}. Items of one card share one forward pass.
	 */
	private static double lossAndGradient(ReviewHistories h, int[] sorted, int from, int to, double[] weight,
			double[] w, double[] grad) {
		Map<Integer, List<Integer>> byCard = new HashMap<>();
		for (int k = from; k < to; k++) {
			byCard.computeIfAbsent(h.itemCard[sorted[k]], c -> new ArrayList<>()).add(sorted[k]);
		}
		MemoryGradient model = new MemoryGradient(w);
		double loss = 0;
		for (Map.Entry<Integer, List<Integer>> entry : byCard.entrySet()) {
			int c = entry.getKey();
			List<Integer> cardItems = entry.getValue();
			cardItems.sort((a, b) -> Integer.compare(h.itemPosition[a], h.itemPosition[b]));
			int[] ratings = h.ratings[c];
			int[] elapsed = h.elapsedDays[c];
			model.start(ratings[0]);
			int position = 0;
			for (int item : cardItems) {
				int target = h.itemPosition[item];
				while (position + 1 < target) {
					position++;
					model.step(elapsed[position], ratings[position]);
				}
				loss += model.addLoss(elapsed[target], label(h, item), weight[item], grad);
			}
		}
		return loss;
	}

	private static int label(ReviewHistories h, int item) {
		return h.ratings[h.itemCard[item]][h.itemPosition[item]] > 1 ? 1 : 0;
	}

	/** (first rating, first long-term interval) of a card, packed. */
	private static long pair(ReviewHistories h, int card) {
		int position = h.firstLongTermPosition(card);
		return h.ratings[card][0] * 1_000_000_000L + (position < 0 ? -1 : h.elapsedDays[card][position]);
	}

	private static Set<Long> outliers(ReviewHistories h, List<Integer> initialization) {
		Map<Integer, Map<Integer, Integer>> groups = new HashMap<>();
		for (int i : initialization) {
			int c = h.itemCard[i];
			groups.computeIfAbsent(h.ratings[c][0], r -> new HashMap<>())
				.merge(h.elapsedDays[c][h.itemPosition[i]], 1, Integer::sum);
		}
		Set<Long> removed = new HashSet<>();
		for (var group : groups.entrySet()) {
			int rating = group.getKey();
			List<int[]> sub = new ArrayList<>();
			group.getValue().forEach((days, count) -> sub.add(new int[] { days, count }));
			// smallest groups first, and among equal sizes the shortest interval first
			sub.sort((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[0], b[0]));
			int total = sub.stream().mapToInt(s -> s[1]).sum();
			int removedSoFar = 0;
			for (int[] s : sub) {
				if (removedSoFar + s[1] >= Math.max(20, total / 20)) {
					if (s[1] < 6 || s[0] > (rating != 4 ? 100 : 365)) {
						removed.add(rating * 1_000_000_000L + s[0]);
					}
				}
				else {
					removedSoFar += s[1];
					removed.add(rating * 1_000_000_000L + s[0]);
				}
			}
		}
		return removed;
	}

}
