package app.quarry.classroom;

import app.quarry.account.LearnerId;
import app.quarry.bank.QuestionId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.bank.grading.Verdict;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What classroom tells other features about attempts, in the transaction that did it. */
@RecordApplicationEvents
class AttemptEventsTest extends ClassroomServicesTest {

	@Autowired
	ApplicationEvents events;

	@Test
	void each_saved_answer_is_announced_graded_and_the_submission_carries_the_final_answers() {
		Instant start = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(start);
		BegunQuiz begun = begunQuiz("Events", "multiple_choice", 2, Duration.ofHours(1));
		Actor student = begun.student();
		AttemptView attempt = begun.attempt();
		AttemptQuestion first = attempt.questions().get(0);
		String right = this.catalog.approved(first.questionId()).orElseThrow().answer();
		String wrong = first.options().stream().filter(option -> !option.equals(right)).findFirst().orElseThrow();

		this.clock.advance(Duration.ofSeconds(10));
		this.attempts.answer(student, attempt.attemptId(), first.position(), wrong);
		this.clock.advance(Duration.ofSeconds(5));
		this.attempts.answer(student, attempt.attemptId(), first.position(), right);
		this.attempts.submit(student, attempt.attemptId());

		assertThat(this.events.stream(AnswerGraded.class)).extracting(AnswerGraded::verdict)
			.containsExactly(Verdict.WRONG, Verdict.CORRECT);
		assertThat(this.events.stream(AttemptSubmitted.class)).singleElement().satisfies(submitted -> {
			assertThat(submitted.attemptId()).isEqualTo(attempt.attemptId());
			assertThat(submitted.learnerId()).isEqualTo(LearnerId.of(student.userId()));
			// the answer as it stood, timed from the start of the attempt
			assertThat(submitted.answers()).containsExactly(new AttemptSubmitted.Answer(
					QuestionId.of(first.questionId()), Verdict.CORRECT, start.plusSeconds(15), Duration.ofSeconds(15)));
		});
	}

	@Test
	void a_refused_submission_announces_nothing() {
		this.clock.set(Instant.parse("2026-11-23T08:00:00Z"));
		BegunQuiz begun = begunQuiz("Quiet", "true_false", 1, Duration.ofHours(1));
		this.clock.advance(Duration.ofHours(2));

		assertThatThrownBy(() -> this.attempts.submit(begun.student(), begun.attempt().attemptId()))
			.isInstanceOf(ClassroomRefusal.class);

		assertThat(this.events.stream(AttemptSubmitted.class)).isEmpty();
	}

}
