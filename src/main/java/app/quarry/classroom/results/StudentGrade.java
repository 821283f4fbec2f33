package app.quarry.classroom.results;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a student's closed attempts at one assignment add up to under a
 * {@link GradingPolicy}.
 *
 * @param fraction the grade as a share of the marks, 0..1
 * @param scores each question's mark by question id: the graded attempt's, or under
 * {@link GradingPolicy#AVERAGE} the mean over the attempts that showed it
 * @param timeTaken the graded attempt's time, or the mean time when averaging
 * @param attempts how many closed attempts were counted
 * @param attemptId the attempt the grade is, or null when it is an average of several
 */
public record StudentGrade(double fraction, Map<String, Double> scores, Duration timeTaken, int attempts,
		@Nullable Long attemptId) {

	public StudentGrade {
		scores = new LinkedHashMap<>(scores);
	}

}
