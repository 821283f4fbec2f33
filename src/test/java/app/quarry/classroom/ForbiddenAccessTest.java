package app.quarry.classroom;

import app.quarry.bank.QuestionId;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each forbidden access tried directly against the services, as a crafted URL or request
 * would: another teacher's class or assignment, another student's attempt, a student
 * using teacher operations. Every one is refused, with the same words as for something
 * that does not exist.
 */
class ForbiddenAccessTest extends ClassroomServicesTest {

	@Autowired
	QuestionReviewService review;

	private Actor owner;

	private Actor otherTeacher;

	private Actor student;

	private Actor outsider;

	private ClassSummary group;

	private AssignmentSummary quiz;

	private AttemptView attempt;

	@BeforeEach
	void a_class_with_an_assignment_and_an_attempt() {
		Instant now = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(now);
		this.owner = newActor(this.accounts, "Owner Teacher", Role.TEACHER);
		this.otherTeacher = newActor(this.accounts, "Other Teacher", Role.TEACHER);
		this.student = newActor(this.accounts, "Enrolled Student");
		this.outsider = newActor(this.accounts, "Outside Student");
		this.group = this.classes.create(this.owner, "Private class");
		this.classes.join(this.student, this.group.joinCode().code());
		List<String> ids = this.catalog.approved(null, null, "true_false")
			.stream()
			.limit(2)
			.map(QuizQuestion::id)
			.toList();
		this.quiz = this.assignments.create(this.owner,
				AssignmentDraft.handPicked(this.group.id(), "Private quiz", now, now.plus(Duration.ofDays(1)), ids));
		this.attempt = this.attempts.start(this.student, this.quiz.id());
	}

	@Test
	void another_teacher_cannot_reach_a_class_its_roster_assignments_or_results() {
		long classId = this.group.id();
		AssignmentId quizId = this.quiz.id();
		refusedAsMissingClass(() -> this.classes.get(this.otherTeacher, classId));
		refusedAsMissingClass(() -> this.classes.roster(this.otherTeacher, classId));
		refusedAsMissingClass(() -> this.classes.regenerateCode(this.otherTeacher, classId));
		refusedAsMissingClass(() -> this.classes.removeStudent(this.otherTeacher, classId, this.student.userId()));
		refusedAsMissingClass(() -> this.assignments.forClass(this.otherTeacher, classId));
		refusedAsMissingClass(() -> this.assignments.create(this.otherTeacher, AssignmentDraft.handPicked(classId,
				"Intruder", Instant.parse("2026-11-23T08:00:00Z"), Instant.parse("2026-11-24T08:00:00Z"), List.of())));
		refusedAsMissingClass(() -> this.results.studentScores(this.otherTeacher, classId, this.student.userId()));
		refusedAsMissingAssignment(() -> this.assignments.get(this.otherTeacher, quizId));
		refusedAsMissingAssignment(() -> this.results.results(this.otherTeacher, quizId));
		refusedAsMissingAssignment(() -> this.results.gradesCsv(this.otherTeacher, quizId));
		assertThat(this.classes.teachersClasses(this.otherTeacher)).isEmpty();
	}

	@Test
	void a_student_cannot_use_teacher_operations() {
		String onlyTeachers = "Only teachers can manage classes and assignments.";
		assertThatThrownBy(() -> this.classes.create(this.student, "Mine")).hasMessage(onlyTeachers);
		assertThatThrownBy(() -> this.classes.get(this.student, this.group.id())).hasMessage(onlyTeachers);
		assertThatThrownBy(() -> this.results.results(this.student, this.quiz.id())).hasMessage(onlyTeachers);
		assertThatThrownBy(() -> this.results.gradesCsv(this.student, this.quiz.id())).hasMessage(onlyTeachers);
		assertThatThrownBy(
				() -> this.review.approve(this.student, QuestionId.of(this.attempt.questions().get(0).questionId())))
			.hasMessage(onlyTeachers);
		assertThatThrownBy(() -> this.review.importGift(this.student, "x.gift", "Q? {T}")).hasMessage(onlyTeachers);
	}

	@Test
	void a_student_cannot_see_or_change_another_students_attempt() {
		long attemptId = this.attempt.attemptId();
		this.classes.join(this.outsider, this.group.joinCode().code());
		refusedAsMissingAttempt(() -> this.attempts.view(this.outsider, attemptId));
		refusedAsMissingAttempt(() -> this.attempts.answer(this.outsider, attemptId, 0, "True"));
		refusedAsMissingAttempt(() -> this.attempts.submit(this.outsider, attemptId));
		refusedAsMissingAttempt(() -> this.attempts.view(this.owner, attemptId));
	}

	@Test
	void a_student_outside_the_class_cannot_take_its_assignment() {
		assertThatThrownBy(() -> this.attempts.start(this.outsider, this.quiz.id()))
			.isInstanceOf(ClassroomAccessDenied.class)
			.hasMessage("There is no such assignment among yours.");
		assertThat(this.attempts.assignments(this.outsider)).isEmpty();
	}

	@Test
	void a_removed_student_loses_access_to_the_class_assignments() {
		this.classes.removeStudent(this.owner, this.group.id(), this.student.userId());
		assertThatThrownBy(() -> this.attempts.view(this.student, this.attempt.attemptId()))
			.hasMessage("There is no such assignment among yours.");
	}

	private static void refusedAsMissingClass(ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOf(ClassroomAccessDenied.class)
			.hasMessage("There is no such class among yours.");
	}

	private static void refusedAsMissingAssignment(ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOf(ClassroomAccessDenied.class)
			.hasMessage("There is no such assignment among yours.");
	}

	private static void refusedAsMissingAttempt(ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOf(ClassroomAccessDenied.class)
			.hasMessage("There is no such attempt among yours.");
	}

}
