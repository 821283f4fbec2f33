package app.quarry.bench;

import app.quarry.classroom.results.ItemStatistics;
import app.quarry.classroom.results.ResultsGrid;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Prints the time to build the results grid and the item analysis of an assignment with
 * 300 students × 50 questions (the pure core, after the rows are loaded). Run with
 * {@code ./mvnw -q -P'!frontend' test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.quarry.bench.ResultsBenchmark}.
 */
public final class ResultsBenchmark {

	private static final int STUDENTS = 300;

	private static final int QUESTIONS = 50;

	private ResultsBenchmark() {
	}

	public static void main(String[] args) {
		SplittableRandom random = new SplittableRandom(2026);
		double[] ability = random.doubles(STUDENTS).toArray();
		double[] difficulty = random.doubles(QUESTIONS).toArray();
		List<String> labels = new ArrayList<>();
		for (int q = 0; q < QUESTIONS; q++) {
			labels.add("Q" + (q + 1) + " q-" + q);
		}
		long[] nanos = new long[50];
		int flagged = 0;
		for (int run = 0; run < nanos.length; run++) {
			long start = System.nanoTime();
			List<ResultsGrid.Row> rows = new ArrayList<>(STUDENTS);
			for (int s = 0; s < STUDENTS; s++) {
				Double[] scores = new Double[QUESTIONS];
				for (int q = 0; q < QUESTIONS; q++) {
					scores[q] = (ability[s] + 0.3 * random.nextDouble() > difficulty[q]) ? 1.0 : 0.0;
				}
				rows.add(new ResultsGrid.Row(s, "Student " + s, Arrays.asList(scores), Duration.ofMinutes(12), true));
			}
			ResultsGrid grid = new ResultsGrid(labels, rows);
			List<ItemStatistics> items = grid.itemAnalysis();
			flagged = (int) items.stream().filter(item -> item.flag().needsReview()).count();
			nanos[run] = System.nanoTime() - start;
		}
		long[] measured = Arrays.copyOfRange(nanos, 10, nanos.length);
		Arrays.sort(measured);
		System.out.printf("results grid + item analysis, %d students x %d questions, %d runs (first 10 as warm-up):%n",
				STUDENTS, QUESTIONS, nanos.length);
		System.out.printf("  min %.2f ms, median %.2f ms, max %.2f ms; flagged questions in the last run: %d%n",
				measured[0] / 1e6, measured[measured.length / 2] / 1e6, measured[measured.length - 1] / 1e6, flagged);
	}

}
