package app.quarry.classroom.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Classical item analysis over a scores matrix (students × questions, each score 0..1).
 * NaN marks a question the student was not given (questions drawn per student); an
 * unanswered question that was given scores 0. Each student's standing is their mean
 * score over the questions they were given. Discrimination is measured two ways: the
 * corrected point-biserial correlation (the question against the student's mean over
 * their other questions, so the question does not correlate with itself; with complete
 * data this equals the classic item-rest correlation) and the upper-lower index over the
 * top and bottom 27% of students by standing (Kelley's groups; ties broken by row order,
 * so the result is deterministic).
 */
public final class ItemAnalysis {

	/** Share of students in each of the upper and lower groups. */
	public static final double GROUP_SHARE = 0.27;

	private ItemAnalysis() {
	}

	public static List<ItemStatistics> of(double[][] scores, int questions) {
		int students = scores.length;
		double[] sums = new double[students];
		int[] given = new int[students];
		double[] standing = new double[students];
		for (int s = 0; s < students; s++) {
			if (scores[s].length != questions) {
				throw new IllegalArgumentException(
						"row " + s + " has " + scores[s].length + " scores, expected " + questions);
			}
			for (double score : scores[s]) {
				if (!Double.isNaN(score)) {
					sums[s] += score;
					given[s]++;
				}
			}
			standing[s] = (given[s] == 0) ? 0 : sums[s] / given[s];
		}
		int[] byStanding = IntStream.range(0, students)
			.boxed()
			.sorted(Comparator.comparingDouble((Integer s) -> -standing[s]).thenComparingInt(s -> s))
			.mapToInt(Integer::intValue)
			.toArray();
		int groupSize = (students < 2) ? 0 : Math.max(1, (int) Math.round(students * GROUP_SHARE));
		List<ItemStatistics> result = new ArrayList<>(questions);
		for (int column = 0; column < questions; column++) {
			int q = column;
			List<Double> item = new ArrayList<>();
			List<Double> rest = new ArrayList<>();
			for (int s = 0; s < students; s++) {
				double score = scores[s][q];
				if (!Double.isNaN(score) && given[s] > 1) {
					item.add(score);
					rest.add((sums[s] - score) / (given[s] - 1));
				}
			}
			double facility = IntStream.range(0, students)
				.mapToDouble(s -> scores[s][q])
				.filter(score -> !Double.isNaN(score))
				.average()
				.orElse(Double.NaN);
			double r = correlation(item, rest);
			double upperLower = (groupSize == 0) ? Double.NaN : upperLower(scores, q, byStanding, groupSize);
			result.add(new ItemStatistics(q, facility, r, upperLower, DiscriminationFlag.of(r)));
		}
		return List.copyOf(result);
	}

	private static double upperLower(double[][] scores, int q, int[] byStanding, int groupSize) {
		double upper = mean(scores, q, IntStream.range(0, groupSize).map(i -> byStanding[i]));
		double lower = mean(scores, q, IntStream.range(0, groupSize).map(i -> byStanding[byStanding.length - 1 - i]));
		return upper - lower;
	}

	private static double mean(double[][] scores, int q, IntStream rows) {
		return rows.mapToDouble(s -> scores[s][q]).filter(score -> !Double.isNaN(score)).average().orElse(Double.NaN);
	}

	/** Pearson correlation; for a 0/1 item this is the point-biserial coefficient. */
	static double correlation(List<Double> x, List<Double> y) {
		int n = x.size();
		if (n < 2) {
			return Double.NaN;
		}
		double meanX = x.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double meanY = y.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double cov = 0;
		double varX = 0;
		double varY = 0;
		for (int i = 0; i < n; i++) {
			double dx = x.get(i) - meanX;
			double dy = y.get(i) - meanY;
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
