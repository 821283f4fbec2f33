package app.quarry.classroom;

import app.quarry.account.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.quarry.srs.SrsService;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.CompletedEventPublications;

class SubmissionIsAllOrNothingTest extends ClassroomServicesTest {

	@Autowired
	ClassroomTestSupport.SubmissionFailure failure;

	@Autowired
	SrsService srs;

	@Autowired
	CompletedEventPublications completed;

	@AfterEach
	void disarm() {
		this.failure.disarm();
	}

	@Test
	void a_submission_that_fails_half_way_leaves_the_attempt_open_with_its_answers_and_nothing_for_srs() {
		this.clock.set(Instant.parse("2026-11-23T08:00:00Z"));
		BegunQuiz begun = begunQuiz("Whole", "multiple_choice", 2, Duration.ofDays(1));
		Actor student = begun.student();
		AttemptView attempt = begun.attempt();
		for (AttemptQuestion question : attempt.questions()) {
			this.attempts.answer(student, attempt.attemptId(), question.position(),
					this.catalog.approved(question.questionId()).orElseThrow().answer());
		}

		this.failure.arm(attempt.attemptId());
		assertThatThrownBy(() -> this.attempts.submit(student, attempt.attemptId()))
			.isInstanceOf(IllegalStateException.class);

		AttemptView after = this.attempts.view(student, attempt.attemptId());
		assertThat(after.open()).isTrue();
		assertThat(after.answeredCount()).isEqualTo(2);
		assertThat(this.srs.reviewLog(LearnerId.of(student.userId()))).isEmpty();
		assertThat(this.completed.findAll()).noneMatch(publication -> isOf(publication.getEvent(), attempt));

		// the student submits again once the fault is gone: all of it happens then
		this.failure.disarm();
		assertThat(this.attempts.submit(student, attempt.attemptId()).open()).isFalse();
		await().pollInSameThread()
			.untilAsserted(() -> assertThat(this.srs.reviewLog(LearnerId.of(student.userId()))).hasSize(2));
	}

	private static boolean isOf(Object event, AttemptView attempt) {
		return event instanceof AttemptSubmitted submitted && submitted.attemptId() == attempt.attemptId();
	}

}
