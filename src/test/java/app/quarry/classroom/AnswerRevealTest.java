package app.quarry.classroom;

import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a quiz shows the right answers, and what a student may still change after. */
class AnswerRevealTest extends ClassroomServicesTest {

	private Actor student;

	private AttemptView start(AnswerReveal reveal) {
		Instant now = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(now);
		Actor teacher = newActor(this.accounts, "Reveal Teacher " + reveal, Role.TEACHER);
		Actor student = newActor(this.accounts, "Reveal Student " + reveal);
		ClassSummary group = this.classes.create(teacher, "Reveal " + reveal);
		this.classes.join(student, group.joinCode().code());
		List<String> ids = this.catalog.approved(null, null, "multiple_choice")
			.stream()
			.limit(2)
			.map(QuizQuestion::id)
			.toList();
		assertThat(ids).as("two approved multiple-choice questions").hasSize(2);
		AssignmentSummary quiz = this.assignments.create(teacher, new AssignmentDraft(group.id(), "Reveal quiz", now,
				now.plus(Duration.ofDays(1)), null, 1, ids, null, null, null, 0, false, false, reveal));
		this.student = student;
		return this.attempts.start(student, quiz.id());
	}

	@Test
	void after_each_question_the_right_answer_shows_and_the_answer_can_no_longer_be_changed() {
		AttemptView attempt = start(AnswerReveal.AFTER_EACH);
		AttemptQuestion first = attempt.questions().get(0);

		AttemptView answered = this.attempts.answer(this.student, attempt.attemptId(), 0, first.options().get(0));

		assertThat(answered.questions().get(0).correctAnswer()).isNotNull();
		assertThat(answered.questions().get(1).correctAnswer()).isNull();
		assertThatThrownBy(() -> this.attempts.answer(this.student, attempt.attemptId(), 0, first.options().get(1)))
			.isInstanceOf(ClassroomRefusal.class)
			.hasMessage(
					"Question 1 was answered and its correct answer shown, so the answer can no longer be changed.");
		assertThat(this.attempts.view(this.student, attempt.attemptId()).questions().get(0).response())
			.isEqualTo(first.options().get(0));
	}

	@Test
	void with_answers_shown_after_submit_an_answer_may_be_changed_until_then() {
		AttemptView attempt = start(AnswerReveal.AFTER_SUBMIT);
		AttemptQuestion first = attempt.questions().get(0);

		this.attempts.answer(this.student, attempt.attemptId(), 0, first.options().get(0));
		AttemptView changed = this.attempts.answer(this.student, attempt.attemptId(), 0, first.options().get(1));

		assertThat(changed.questions().get(0).response()).isEqualTo(first.options().get(1));
		assertThat(changed.questions().get(0).correctAnswer()).isNull();
	}

}
