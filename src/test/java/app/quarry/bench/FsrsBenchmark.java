package app.quarry.bench;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

import app.quarry.srs.fsrs.Evaluation;
import app.quarry.srs.fsrs.Metrics;
import app.quarry.srs.fsrs.Optimizer;
import app.quarry.srs.fsrs.Parameters;
import app.quarry.srs.fsrs.Replay;
import app.quarry.srs.fsrs.ReviewHistories;
import app.quarry.srs.fsrs.ReviewLogReader;
import app.quarry.srs.fsrs.ReviewRecord;
import app.quarry.srs.fsrs.Scheduler;
import app.quarry.srs.fsrs.SchedulerSettings;

/**
 * Prints replay throughput, optimizer wall time and the metrics of default, fitted and
 * py-fsrs-reference parameters on the shared review log. Run with
 * {@code ./mvnw -q -P'!frontend' test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.quarry.bench.FsrsBenchmark}.
 */
public final class FsrsBenchmark {

	/** The parameters py-fsrs's optimizer test expects for this log. */
	private static final String PY_FSRS_REFERENCE = "0.07383554398588515,1.1771,3.021798875749096,16.1507,"
			+ "7.31242022073767,0.31029525802606056,2.1352729956069685,0.027425894203219506,1.3694037365905216,"
			+ "0.032042900000837114,0.8869474250170448,1.8587169395524872,0.08730347285406886,0.2748618041849032,"
			+ "2.346022042635344,0.4564706585552742,3.0004,0.7801721275005318,0.31557964314094267,"
			+ "0.24436545987892708,0.5831250998540343";

	private FsrsBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<ReviewRecord> records;
		try (var in = FsrsBenchmark.class.getResourceAsStream("/fsrs/review_logs_josh.csv")) {
			records = ReviewLogReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Replay replay = new Replay(new Scheduler(SchedulerSettings.defaults().withFuzz(false)));
		long[] sink = new long[1];
		for (int warm = 0; warm < 50; warm++) {
			replay.run(records, step -> sink[0] += step.outcome().scheduledDays());
		}
		int rounds = 200;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			replay.run(records, step -> sink[0] += step.outcome().scheduledDays());
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		long reviews = (long) rounds * records.size();
		System.out.printf(
				"replay: %,d reviews in %.3f s wall = %,.0f reviews/s; %.3f s CPU = %,.0f reviews per CPU-second"
						+ " (one thread; checksum %d; load average %.1f)%n",
				reviews, seconds, reviews / seconds, cpuSeconds, reviews / cpuSeconds, sink[0],
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

		ReviewHistories histories = ReviewHistories.of(records);
		for (int warm = 0; warm < 3; warm++) {
			Optimizer.fit(histories);
		}
		int fits = 5;
		Parameters fitted = null;
		double best = Double.MAX_VALUE;
		double bestCpu = Double.MAX_VALUE;
		for (int i = 0; i < fits; i++) {
			long t0 = System.nanoTime();
			long c0 = threads.getCurrentThreadCpuTime();
			fitted = Optimizer.fit(ReviewHistories.of(records));
			best = Math.min(best, (System.nanoTime() - t0) / 1e9);
			bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
		}
		long cold = System.nanoTime();
		System.out.printf("optimizer: best of %d warm runs %.3f s wall, %.3f s CPU on %,d reviews (%,d cards)%n", fits,
				best, bestCpu, records.size(), histories.cardCount());
		print("defaults ", Evaluation.evaluate(histories, Parameters.defaults()));
		print("fitted   ", Evaluation.evaluate(histories, fitted));
		print("py-fsrs  ", Evaluation.evaluate(histories, Parameters.parse(PY_FSRS_REFERENCE)));
		System.out.println("fitted parameters: " + fitted);
		System.out.printf("(evaluation took %.3f s)%n", (System.nanoTime() - cold) / 1e9);
	}

	private static void print(String label, Metrics metrics) {
		System.out.printf("%s log loss %.4f  RMSE(bins) %.4f  AUC %.4f  over %,d reviews%n", label, metrics.logLoss(),
				metrics.rmseBins(), metrics.auc(), metrics.reviews());
	}

}
