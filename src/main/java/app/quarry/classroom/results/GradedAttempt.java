package app.quarry.classroom.results;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One closed attempt as grading needs it.
 *
 * @param attemptId the attempt's id
 * @param number 1 for a student's first attempt, 2 for the second, ...
 * @param scores each question's mark (0..1) by question id, in the order the attempt
 * showed them; an unanswered question scores 0
 * @param timeTaken from the start to the submission (or to the time running out)
 * @param closedAt when it was submitted or ran out
 */
public record GradedAttempt(long attemptId, int number, Map<String, Double> scores, Duration timeTaken,
		Instant closedAt) {

	public GradedAttempt {
		scores = new LinkedHashMap<>(scores);
	}

	/** The marks as a share of the questions shown, 0..1 (0 when it showed none). */
	public double fraction() {
		return this.scores.isEmpty() ? 0
				: this.scores.values().stream().mapToDouble(Double::doubleValue).sum() / this.scores.size();
	}

}
