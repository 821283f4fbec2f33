package app.quarry.classroom;

import static app.quarry.classroom.ClassroomTestSupport.loginOf;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.Role;
import app.quarry.classroom.results.GradingPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An assignment allowing several attempts: each closed attempt leaves it due until the
 * attempts are used up, and the closed attempts make one grade by the assignment's
 * grading policy, in the student's list, the results and the grades CSV alike.
 */
class SeveralAttemptsTest extends ClassroomServicesTest {

	private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

	private Actor teacher;

	private Actor student;

	private ClassSummary group;

	private List<String> four;

	@BeforeEach
	void a_class_with_one_student() {
		this.clock.set(START);
		this.teacher = newActor(this.accounts, "Retry Teacher", Role.TEACHER);
		this.student = newActor(this.accounts, "Retry Student");
		this.group = this.classes.create(this.teacher, "Retries");
		this.classes.join(this.student, this.group.joinCode().code());
		this.four = this.catalog.approved(null, null, "multiple_choice")
			.stream()
			.limit(4)
			.map(QuizQuestion::id)
			.toList();
	}

	private AssignmentSummary assign(int attempts, GradingPolicy grading) {
		return this.assignments.create(this.teacher,
				new AssignmentDraft(this.group.id(), "Retry quiz " + grading, START, START.plus(Duration.ofDays(2)),
						null, attempts, this.four, null, null, null, 0, false, false, AnswerReveal.AFTER_SUBMIT,
						grading));
	}

	/**
	 * Takes an attempt answering the first {@code right} questions right, the rest wrong.
	 */
	private AttemptView take(AssignmentId assignmentId, int right) {
		AttemptView attempt = this.attempts.start(this.student, assignmentId);
		for (AttemptQuestion question : attempt.questions()) {
			String answer = this.catalog.approved(question.questionId()).orElseThrow().answer();
			String wrong = question.options().stream().filter(o -> !o.equals(answer)).findFirst().orElseThrow();
			this.attempts.answer(this.student, attempt.attemptId(), question.position(),
					(question.position() < right) ? answer : wrong);
		}
		this.clock.advance(Duration.ofMinutes(1));
		return this.attempts.submit(this.student, attempt.attemptId());
	}

	private StudentAssignment mine() {
		return this.attempts.assignments(this.student).get(0);
	}

	@Test
	void a_submitted_first_of_three_attempts_leaves_the_assignment_due_with_a_second_to_start() {
		AssignmentSummary quiz = assign(3, GradingPolicy.HIGHEST);
		AttemptView first = take(quiz.id(), 2);

		assertThat(mine().status()).isEqualTo(AssignmentStatus.DUE);
		assertThat(mine().canTake()).isTrue();
		assertThat(mine().takeLabel()).isEqualTo("Start attempt 2");
		assertThat(mine().attemptsUsed()).isEqualTo(1);

		AttemptView second = this.attempts.start(this.student, quiz.id());
		assertThat(second.attemptId()).isNotEqualTo(first.attemptId());
		assertThat(second.open()).isTrue();
		assertThat(second.questions()).hasSize(4).allMatch(q -> !q.answered());
	}

	@Test
	void once_every_attempt_is_used_the_assignment_is_done_and_no_other_can_start() {
		AssignmentSummary quiz = assign(2, GradingPolicy.HIGHEST);
		take(quiz.id(), 1);
		take(quiz.id(), 3);

		assertThat(mine().status()).isEqualTo(AssignmentStatus.DONE);
		assertThat(mine().canTake()).isFalse();
		assertThat(mine().closedAttempts()).extracting(AttemptScore::number, AttemptScore::fraction)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0.25),
					org.assertj.core.groups.Tuple.tuple(2, 0.75));
		assertThatThrownBy(() -> this.attempts.start(this.student, quiz.id())).isInstanceOf(ClassroomRefusal.class)
			.hasMessage("You have used all 2 attempts at this assignment.");
	}

	@Test
	void a_student_with_attempts_left_after_the_due_time_is_done_not_overdue() {
		AssignmentSummary quiz = assign(3, GradingPolicy.HIGHEST);
		take(quiz.id(), 4);
		this.clock.set(START.plus(Duration.ofDays(3)));
		assertThat(mine().status()).isEqualTo(AssignmentStatus.DONE);
		assertThat(mine().canTake()).isFalse();
	}

	@Test
	void the_last_attempt_counts_under_last_even_when_it_is_worse() {
		AssignmentSummary quiz = assign(3, GradingPolicy.LAST);
		take(quiz.id(), 4);
		take(quiz.id(), 1);

		assertThat(mine().grade()).isEqualTo(0.25);
		AssignmentResults read = this.results.results(this.teacher, quiz.id());
		assertThat(read.assignment().grading()).isEqualTo(GradingPolicy.LAST);
		assertThat(read.grid().rows().get(0).fraction()).isEqualTo(0.25);
		assertThat(read.grid().rows().get(0).scores()).containsExactly(1.0, 0.0, 0.0, 0.0);
		assertThat(read.attemptsOf(this.student.userId())).extracting(AttemptScore::fraction)
			.containsExactly(1.0, 0.25);
		assertThat(this.results.gradesCsv(this.teacher, quiz.id()))
			.endsWith("\r\n" + loginOf(this.student) + ",Retry Student,1,0,0,0,1,25,60,2,yes\r\n");
	}

	@Test
	void the_best_attempt_counts_under_highest() {
		AssignmentSummary quiz = assign(3, GradingPolicy.HIGHEST);
		take(quiz.id(), 1);
		take(quiz.id(), 3);
		take(quiz.id(), 2);
		assertThat(mine().grade()).isEqualTo(0.75);
		assertThat(this.results.results(this.teacher, quiz.id()).grid().rows().get(0).fraction()).isEqualTo(0.75);
	}

	@Test
	void the_mean_of_the_attempts_counts_under_average_in_results_and_csv() {
		AssignmentSummary quiz = assign(2, GradingPolicy.AVERAGE);
		take(quiz.id(), 4);
		take(quiz.id(), 2);

		assertThat(mine().grade()).isEqualTo(0.75);
		assertThat(this.results.results(this.teacher, quiz.id()).grid().rows().get(0).scores()).containsExactly(1.0,
				1.0, 0.5, 0.5);
		assertThat(this.results.gradesCsv(this.teacher, quiz.id()))
			.endsWith("\r\n" + loginOf(this.student) + ",Retry Student,1,1,0.5,0.5,3,75,60,2,yes\r\n");
		assertThat(this.results.studentScores(this.teacher, this.group.id(), this.student.userId()))
			.extracting(StudentScore::grade, StudentScore::attempts)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0.75, 2));
	}

	@Test
	void with_answers_released_after_the_due_time_the_student_sees_no_grade_before_it() {
		AssignmentSummary quiz = this.assignments.create(this.teacher,
				new AssignmentDraft(this.group.id(), "Released later", START, START.plus(Duration.ofDays(1)), null, 2,
						this.four, null, null, null, 0, false, false, AnswerReveal.AFTER_DUE, GradingPolicy.HIGHEST));
		take(quiz.id(), 3);
		assertThat(mine().grade()).isNull();
		assertThat(mine().closedAttempts().get(0).fraction()).isNull();
		this.clock.set(START.plus(Duration.ofDays(1)));
		assertThat(mine().grade()).isEqualTo(0.75);
	}

}
