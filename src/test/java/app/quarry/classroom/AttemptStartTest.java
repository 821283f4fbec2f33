package app.quarry.classroom;

import app.quarry.account.LearnerId;
import app.quarry.bank.QuestionId;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.Role;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Starting an attempt is all or nothing. */
class AttemptStartTest extends ClassroomServicesTest {

	@Autowired
	QuestionReviewService review;

	@Autowired
	BankService bank;

	@Test
	void a_start_refused_because_no_question_is_approved_any_more_leaves_no_attempt_behind() {
		Instant start = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(start);
		Actor teacher = newActor(this.accounts, "Retiring Teacher", Role.TEACHER);
		Actor student = newActor(this.accounts, "Unlucky Student");
		ClassSummary group = this.classes.create(teacher, "Retired questions");
		this.classes.join(student, group.joinCode().code());
		String id = "start-" + teacher.userId();
		Source source = this.bank.withStatus(QuestionStatus.APPROVED, QuestionFilter.ANY).get(0).question().source();
		this.bank.addDrafts(List.of(new BankQuestion(id, "date", "multiple_choice", "When did the letter come?",
				"May 1, 2018", "2018-05-01", List.of("May 1, 2018"), List.of("May 1, 2018", "June 12, 2018"), null,
				source, List.of(source))), LearnerId.of(teacher.userId()));
		this.review.approve(teacher, QuestionId.of(id));
		AssignmentSummary quiz = this.assignments.create(teacher, AssignmentDraft.handPicked(group.id(), "Soon empty",
				start, start.plus(Duration.ofDays(1)), List.of(id)));
		this.review.retire(teacher, QuestionId.of(id));

		assertThatThrownBy(() -> this.attempts.start(student, quiz.id())).isInstanceOf(ClassroomRefusal.class)
			.hasMessage("None of this assignment's questions is approved any more; tell your teacher.");

		StudentAssignment mine = this.attempts.assignments(student).get(0);
		assertThat(mine.openAttemptId()).isNull();
		assertThat(mine.attemptsUsed()).isZero();
		assertThat(mine.canTake()).isTrue();
		// once the teacher approves the question again the student's one attempt is whole
		this.review.approve(teacher, QuestionId.of(id));
		AttemptView attempt = this.attempts.start(student, quiz.id());
		assertThat(attempt.questions()).extracting(AttemptQuestion::questionId).containsExactly(id);
	}

}
