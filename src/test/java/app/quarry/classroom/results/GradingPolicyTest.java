package app.quarry.classroom.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradingPolicyTest {

	private static final Instant CLOSED = Instant.parse("2026-11-23T09:00:00Z");

	/** Half right, then all right, then all wrong, on the same two questions. */
	private final List<GradedAttempt> three = List.of(attempt(11, 1, 1.0, 0.0, 60), attempt(12, 2, 1.0, 1.0, 120),
			attempt(13, 3, 0.0, 0.0, 30));

	private static GradedAttempt attempt(long id, int number, double first, double second, long seconds) {
		Map<String, Double> scores = new LinkedHashMap<>();
		scores.put("q1", first);
		scores.put("q2", second);
		return new GradedAttempt(id, number, scores, Duration.ofSeconds(seconds), CLOSED);
	}

	@Test
	void highest_takes_the_best_attempt_with_its_marks_and_time() {
		StudentGrade grade = GradingPolicy.HIGHEST.grade(this.three).orElseThrow();
		assertThat(grade.fraction()).isEqualTo(1.0);
		assertThat(grade.attemptId()).isEqualTo(12L);
		assertThat(grade.scores()).containsExactly(Map.entry("q1", 1.0), Map.entry("q2", 1.0));
		assertThat(grade.timeTaken()).isEqualTo(Duration.ofSeconds(120));
		assertThat(grade.attempts()).isEqualTo(3);
	}

	@Test
	void last_takes_the_latest_attempt_even_when_it_is_worse() {
		StudentGrade grade = GradingPolicy.LAST.grade(this.three).orElseThrow();
		assertThat(grade.fraction()).isEqualTo(0.0);
		assertThat(grade.attemptId()).isEqualTo(13L);
	}

	@Test
	void first_takes_the_first_attempt() {
		assertThat(GradingPolicy.FIRST.grade(this.three).orElseThrow().fraction()).isEqualTo(0.5);
	}

	@Test
	void average_is_the_mean_of_the_attempts_and_of_each_questions_marks() {
		StudentGrade grade = GradingPolicy.AVERAGE.grade(this.three).orElseThrow();
		assertThat(grade.fraction()).isEqualTo(0.5);
		assertThat(grade.attemptId()).isNull();
		assertThat(grade.scores()).containsExactly(Map.entry("q1", 2.0 / 3), Map.entry("q2", 1.0 / 3));
		assertThat(grade.timeTaken()).isEqualTo(Duration.ofSeconds(70));
	}

	@Test
	void of_equally_good_attempts_highest_keeps_the_earliest() {
		List<GradedAttempt> tied = List.of(attempt(21, 1, 1.0, 0.0, 10), attempt(22, 2, 0.0, 1.0, 20));
		assertThat(GradingPolicy.HIGHEST.grade(tied).orElseThrow().attemptId()).isEqualTo(21L);
	}

	@Test
	void no_closed_attempt_means_no_grade_whatever_the_policy() {
		for (GradingPolicy policy : GradingPolicy.values()) {
			assertThat(policy.grade(List.of())).isEmpty();
		}
	}

}
