package app.quarry.classroom;

import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.Role;
import app.quarry.bank.grading.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a student answered, seen by the student (as the assignment's "show answers"
 * allows) and by the teacher, who may change a mark with a reason kept on record.
 */
class MarkChangesTest extends ClassroomServicesTest {

	private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

	@Autowired
	AttemptReviewService reviews;

	private Actor teacher;

	private Actor student;

	private ClassSummary group;

	private List<String> two;

	@BeforeEach
	void a_class_with_one_student() {
		this.clock.set(START);
		this.teacher = newActor(this.accounts, "Marking Teacher", Role.TEACHER);
		this.student = newActor(this.accounts, "Marked Student");
		this.group = this.classes.create(this.teacher, "Marking");
		this.classes.join(this.student, this.group.joinCode().code());
		this.two = this.catalog.approved(null, null, "multiple_choice")
			.stream()
			.limit(2)
			.map(QuizQuestion::id)
			.toList();
	}

	/** An attempt with the first question answered wrongly, the second right. */
	private AttemptView wrongThenRight(AnswerReveal reveal) {
		AssignmentSummary quiz = this.assignments.create(this.teacher,
				new AssignmentDraft(this.group.id(), "Marked quiz", START, START.plus(Duration.ofDays(1)), null, 1,
						this.two, null, null, null, 0, false, false, reveal));
		AttemptView attempt = this.attempts.start(this.student, quiz.id());
		for (AttemptQuestion question : attempt.questions()) {
			String right = this.catalog.approved(question.questionId()).orElseThrow().answer();
			String wrong = question.options().stream().filter(o -> !o.equals(right)).findFirst().orElseThrow();
			this.attempts.answer(this.student, attempt.attemptId(), question.position(),
					(question.position() == 0) ? wrong : right);
		}
		return this.attempts.submit(this.student, attempt.attemptId());
	}

	@Test
	void the_teacher_sees_each_answer_beside_the_right_one() {
		AttemptView attempt = wrongThenRight(AnswerReveal.AFTER_SUBMIT);
		AttemptReview read = this.reviews.responses(this.teacher, attempt.attemptId());
		assertThat(read.student()).isEqualTo("Marked Student");
		assertThat(read.studentLogin()).isEqualTo(ClassroomTestSupport.loginOf(this.student));
		assertThat(read.answers()).extracting(ReviewedAnswer::verdict).containsExactly(Verdict.WRONG, Verdict.CORRECT);
		ReviewedAnswer first = read.answers().get(0);
		assertThat(first.response()).isNotEqualTo(first.correctAnswer());
		assertThat(first.correctAnswer()).isEqualTo(this.catalog.approved(first.questionId()).orElseThrow().answer());
		assertThat(read.score()).isEqualTo(1.0);
	}

	@Test
	void a_changed_mark_is_logged_with_who_when_before_after_and_why_and_counts_everywhere() {
		AttemptView attempt = wrongThenRight(AnswerReveal.AFTER_SUBMIT);
		this.clock.advance(Duration.ofHours(2));

		AttemptReview changed = this.reviews.changeMark(this.teacher, attempt.attemptId(), 0, 1.0,
				"  Both dates name the same day.  ");

		ReviewedAnswer first = changed.answers().get(0);
		assertThat(first.mark()).isEqualTo(1.0);
		assertThat(first.verdict()).isEqualTo(Verdict.WRONG);
		assertThat(first.overrides()).containsExactly(new MarkOverride(START.plus(Duration.ofHours(2)),
				"Marking Teacher", 0.0, 1.0, "Both dates name the same day."));
		assertThat(this.results.results(this.teacher, attempt.assignmentId()).grid().rows().get(0).fraction())
			.isEqualTo(1.0);
		// the student sees the new mark and why it changed
		AttemptReview mine = this.reviews.review(this.student, attempt.attemptId());
		assertThat(mine.score()).isEqualTo(2.0);
		assertThat(mine.answers().get(0).overrides()).extracting(MarkOverride::reason)
			.containsExactly("Both dates name the same day.");

		this.reviews.changeMark(this.teacher, attempt.attemptId(), 0, 0.5, "Half: the year was missing.");
		assertThat(this.reviews.responses(this.teacher, attempt.attemptId()).answers().get(0).overrides())
			.extracting(o -> o.from() + " -> " + o.to())
			.containsExactly("0.0 -> 1.0", "1.0 -> 0.5");
	}

	@Test
	void a_mark_change_needs_a_reason_and_a_mark_between_0_and_1() {
		AttemptView attempt = wrongThenRight(AnswerReveal.AFTER_SUBMIT);
		assertThatThrownBy(() -> this.reviews.changeMark(this.teacher, attempt.attemptId(), 0, 1.0, " "))
			.hasMessage("Say why the mark changes, in 1 to 500 characters: the student sees it.");
		assertThatThrownBy(() -> this.reviews.changeMark(this.teacher, attempt.attemptId(), 0, 2.0, "generous"))
			.hasMessage("A mark is between 0 and 1 (for example 0.5 for half a mark).");
		assertThatThrownBy(() -> this.reviews.changeMark(this.teacher, attempt.attemptId(), 1, 1.0, "same"))
			.hasMessage("Question 2 already has that mark.");
	}

	@Test
	void only_the_classes_teacher_reads_or_changes_marks() {
		AttemptView attempt = wrongThenRight(AnswerReveal.AFTER_SUBMIT);
		Actor other = newActor(this.accounts, "Other Teacher", Role.TEACHER);
		assertThatThrownBy(() -> this.reviews.responses(other, attempt.attemptId()))
			.isInstanceOf(ClassroomAccessDenied.class);
		assertThatThrownBy(() -> this.reviews.changeMark(other, attempt.attemptId(), 0, 1.0, "mine now"))
			.isInstanceOf(ClassroomAccessDenied.class);
		assertThatThrownBy(() -> this.reviews.changeMark(this.student, attempt.attemptId(), 0, 1.0, "please"))
			.isInstanceOf(ClassroomAccessDenied.class);
	}

	@Test
	void an_attempt_in_progress_has_no_answers_to_read_or_mark_yet() {
		AssignmentSummary quiz = this.assignments.create(this.teacher,
				AssignmentDraft.handPicked(this.group.id(), "Open", START, START.plus(Duration.ofDays(1)), this.two));
		AttemptView open = this.attempts.start(this.student, quiz.id());
		assertThatThrownBy(() -> this.reviews.responses(this.teacher, open.attemptId()))
			.isInstanceOf(ClassroomRefusal.class);
		assertThatThrownBy(() -> this.reviews.review(this.student, open.attemptId()))
			.hasMessage("This attempt is still open: finish and submit it first.");
	}

	@Test
	void the_students_review_shows_answers_and_marks_only_once_released() {
		AttemptView attempt = wrongThenRight(AnswerReveal.AFTER_DUE);
		AttemptReview early = this.reviews.review(this.student, attempt.attemptId());
		assertThat(early.answersShown()).isFalse();
		assertThat(early.score()).isNull();
		assertThat(early.answers()).extracting(ReviewedAnswer::response).doesNotContainNull();
		assertThat(early.answers()).extracting(ReviewedAnswer::correctAnswer).containsOnlyNulls();
		assertThat(early.answers()).extracting(ReviewedAnswer::mark).containsOnlyNulls();

		this.clock.set(START.plus(Duration.ofDays(1)));
		AttemptReview late = this.reviews.review(this.student, attempt.attemptId());
		assertThat(late.answersShown()).isTrue();
		assertThat(late.score()).isEqualTo(1.0);
		assertThat(late.answers()).extracting(ReviewedAnswer::correctAnswer).doesNotContainNull();
	}

	@Test
	void another_student_cannot_review_the_attempt() {
		AttemptView attempt = wrongThenRight(AnswerReveal.AFTER_SUBMIT);
		Actor peeker = newActor(this.accounts, "Peeking Student");
		this.classes.join(peeker, this.group.joinCode().code());
		assertThatThrownBy(() -> this.reviews.review(peeker, attempt.attemptId()))
			.hasMessage("There is no such attempt among yours.");
	}

}
