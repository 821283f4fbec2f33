package app.quarry.classroom.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Classical item analysis over a scores matrix (students × questions, each score 0..1, an
 * unanswered question scored 0). Discrimination is measured two ways: the corrected
 * point-biserial correlation (the question against the rest of the test, so the question
 * does not correlate with itself) and the upper-lower index over the top and bottom 27%
 * of students by total score (Kelley's groups; ties broken by row order, so the result is
 * deterministic).
 */
public final class ItemAnalysis {

	/** Share of students in each of the upper and lower groups. */
	public static final double GROUP_SHARE = 0.27;

	private ItemAnalysis() {
	}

	public static List<ItemStatistics> of(double[][] scores, int questions) {
		int students = scores.length;
		double[] totals = new double[students];
		for (int s = 0; s < students; s++) {
			if (scores[s].length != questions) {
				throw new IllegalArgumentException(
						"row " + s + " has " + scores[s].length + " scores, expected " + questions);
			}
			totals[s] = Arrays.stream(scores[s]).sum();
		}
		int[] byTotal = IntStream.range(0, students)
			.boxed()
			.sorted(Comparator.comparingDouble((Integer s) -> -totals[s]).thenComparingInt(s -> s))
			.mapToInt(Integer::intValue)
			.toArray();
		int groupSize = (students < 2) ? 0 : Math.max(1, (int) Math.round(students * GROUP_SHARE));
		List<ItemStatistics> result = new ArrayList<>(questions);
		for (int q = 0; q < questions; q++) {
			double[] item = new double[students];
			double[] rest = new double[students];
			for (int s = 0; s < students; s++) {
				item[s] = scores[s][q];
				rest[s] = totals[s] - item[s];
			}
			double facility = (students == 0) ? Double.NaN : Arrays.stream(item).average().orElse(Double.NaN);
			double r = correlation(item, rest);
			double upperLower = (groupSize == 0) ? Double.NaN : upperLower(item, byTotal, groupSize);
			result.add(new ItemStatistics(q, facility, r, upperLower, DiscriminationFlag.of(r)));
		}
		return List.copyOf(result);
	}

	private static double upperLower(double[] item, int[] byTotal, int groupSize) {
		double upper = 0;
		double lower = 0;
		for (int i = 0; i < groupSize; i++) {
			upper += item[byTotal[i]];
			lower += item[byTotal[byTotal.length - 1 - i]];
		}
		return (upper - lower) / groupSize;
	}

	/** Pearson correlation; for a 0/1 item this is the point-biserial coefficient. */
	static double correlation(double[] x, double[] y) {
		int n = x.length;
		if (n < 2) {
			return Double.NaN;
		}
		double meanX = Arrays.stream(x).average().orElseThrow();
		double meanY = Arrays.stream(y).average().orElseThrow();
		double cov = 0;
		double varX = 0;
		double varY = 0;
		for (int i = 0; i < n; i++) {
			double dx = x[i] - meanX;
			double dy = y[i] - meanY;
			cov += dx * dy;
			varX += dx * dx;
			varY += dy * dy;
		}
		// a constant column has no spread to correlate; 1e-12 absorbs rounding in the
		// sums
		if (varX < 1e-12 || varY < 1e-12) {
			return Double.NaN;
		}
		return cov / Math.sqrt(varX * varY);
	}

}
