package app.quarry.classroom.results;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How several attempts at one assignment make one grade: Moodle's grading methods. Only
 * closed attempts count; an attempt in progress changes nothing until it is closed.
 */
public enum GradingPolicy {

	/** The best attempt (the earliest of equally good ones). */
	HIGHEST("Highest attempt"),
	/** The mean of all attempts. */
	AVERAGE("Average of attempts"),
	/** The first attempt; later ones are practice. */
	FIRST("First attempt"),
	/** The latest attempt, better or worse. */
	LAST("Last attempt");

	private final String label;

	GradingPolicy(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The grade of these closed attempts, or empty when there are none. */
	public Optional<StudentGrade> grade(List<GradedAttempt> closed) {
		if (closed.isEmpty()) {
			return Optional.empty();
		}
		if (this == AVERAGE) {
			return Optional.of(average(closed));
		}
		Comparator<GradedAttempt> byNumber = Comparator.comparingInt(GradedAttempt::number);
		GradedAttempt chosen = switch (this) {
			case FIRST -> closed.stream().min(byNumber).orElseThrow();
			case LAST -> closed.stream().max(byNumber).orElseThrow();
			default -> closed.stream()
				.max(Comparator.comparingDouble(GradedAttempt::fraction).thenComparing(byNumber.reversed()))
				.orElseThrow();
		};
		return Optional.of(new StudentGrade(chosen.fraction(), chosen.scores(), chosen.timeTaken(), closed.size(),
				chosen.attemptId()));
	}

	/**
	 * The mean of the attempts' fractions; each question's mark is averaged over the
	 * attempts that showed it (questions may be drawn afresh for each attempt).
	 */
	private static StudentGrade average(List<GradedAttempt> closed) {
		double fraction = closed.stream().mapToDouble(GradedAttempt::fraction).average().orElse(0);
		Map<String, double[]> sums = new LinkedHashMap<>();
		for (GradedAttempt attempt : closed) {
			attempt.scores().forEach((question, score) -> {
				double[] sum = sums.computeIfAbsent(question, q -> new double[2]);
				sum[0] += score;
				sum[1]++;
			});
		}
		Map<String, Double> scores = new LinkedHashMap<>();
		sums.forEach((question, sum) -> scores.put(question, sum[0] / sum[1]));
		long millis = closed.stream().mapToLong(a -> a.timeTaken().toMillis()).sum() / closed.size();
		return new StudentGrade(fraction, scores, Duration.ofMillis(millis), closed.size(), null);
	}

}
