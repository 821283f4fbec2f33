package app.quarry.classroom;

import app.quarry.account.LearnerId;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.quarry.account.Role;
import app.quarry.bank.grading.Verdict;
import app.quarry.classroom.results.DiscriminationFlag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClassroomFlowTest extends ClassroomServicesTest {

	@Autowired
	app.quarry.srs.SrsService srs;

	private Instant start;

	@BeforeEach
	void reset_the_clock() {
		this.start = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(this.start);
	}

	@Test
	void a_teacher_sets_a_ten_question_quiz_that_students_join_take_and_the_teacher_reads() {
		Actor teacher = newActor(this.accounts, "Tess Teacher", Role.TEACHER);
		Actor ada = newActor(this.accounts, "Ada Student");
		Actor bo = newActor(this.accounts, "Bo Student");
		ClassSummary history = this.classes.create(teacher, "History 9B");
		assertThat(history.joinCode().code()).matches("[A-HJ-KM-NP-Z2-9]{8}");
		this.classes.join(ada, history.joinCode().display().toLowerCase());
		this.classes.join(bo, history.joinPath().substring("join/".length()));
		assertThat(this.classes.roster(teacher, history.id())).extracting(RosterEntry::name)
			.containsExactly("Ada Student", "Bo Student");

		List<String> ten = this.catalog.approved(null, null, "multiple_choice")
			.stream()
			.limit(10)
			.map(QuizQuestion::id)
			.toList();
		assertThat(ten).hasSize(10);
		AssignmentSummary quiz = this.assignments.create(teacher, AssignmentDraft.handPicked(history.id(),
				"Letters quiz", this.start, this.start.plus(Duration.ofDays(2)), ten));
		assertThat(this.attempts.assignments(ada)).extracting(a -> a.status()).containsExactly(AssignmentStatus.DUE);

		AttemptView adaAttempt = this.attempts.start(ada, quiz.id());
		assertThat(adaAttempt.questions()).hasSize(10);
		for (AttemptQuestion question : adaAttempt.questions()) {
			String right = this.catalog.approved(question.questionId()).orElseThrow().answer();
			this.clock.advance(Duration.ofSeconds(5));
			this.attempts.answer(ada, adaAttempt.attemptId(), question.position(), right);
		}
		// a reload shows every saved answer
		assertThat(this.attempts.view(ada, adaAttempt.attemptId()).answeredCount()).isEqualTo(10);
		AttemptView submitted = this.attempts.submit(ada, adaAttempt.attemptId());
		assertThat(submitted.score()).isEqualTo(10.0);
		assertThat(submitted.questions()).extracting(AttemptQuestion::verdict).containsOnly(Verdict.CORRECT);

		AttemptView boAttempt = this.attempts.start(bo, quiz.id());
		for (AttemptQuestion question : boAttempt.questions()) {
			String right = this.catalog.approved(question.questionId()).orElseThrow().answer();
			String wrong = question.options().stream().filter(o -> !o.equals(right)).findFirst().orElseThrow();
			this.attempts.answer(bo, boAttempt.attemptId(), question.position(),
					(question.position() < 5) ? right : wrong);
		}
		this.clock.advance(Duration.ofMinutes(3));
		this.attempts.submit(bo, boAttempt.attemptId());

		AssignmentResults read = this.results.results(teacher, quiz.id());
		assertThat(read.grid().rows()).extracting(row -> row.student() + " " + row.total())
			.containsExactly("Ada Student 10.0", "Bo Student 5.0");
		assertThat(read.grid().rows().get(0).timeTaken()).isEqualTo(Duration.ofSeconds(50));
		assertThat(read.grid().averageFraction().getAsDouble()).isEqualTo(0.75);
		assertThat(read.items()).hasSize(10);
		assertThat(read.items().get(0).statistics().facility()).isEqualTo(1.0);
		assertThat(read.items().get(9).statistics().facility()).isEqualTo(0.5);
		assertThat(read.items().get(0).statistics().flag()).isEqualTo(DiscriminationFlag.NOT_MEASURABLE);
		String csv = this.results.gradesCsv(teacher, quiz.id());
		assertThat(csv.split("\r\n")).hasSize(3);
		assertThat(csv).contains(
				"\r\n" + ClassroomTestSupport.loginOf(ada) + ",Ada Student,1,1,1,1,1,1,1,1,1,1,10,100,50,1,yes\r\n");
		assertThat(this.attempts.assignments(ada)).extracting(StudentAssignment::status)
			.containsExactly(AssignmentStatus.DONE);
		// every graded answer also became a review of the student's card, once the
		// submission committed
		await().pollInSameThread()
			.untilAsserted(() -> assertThat(this.srs.statistics(LearnerId.of(ada.userId()), 30).reviewsPerDay())
				.extracting(day -> day.count())
				.containsExactly(10));
	}

	@Test
	void a_late_answer_and_a_late_submission_are_refused_and_say_why_keeping_what_came_in_time() {
		Actor teacher = newActor(this.accounts, "Late Teacher", Role.TEACHER);
		Actor cy = newActor(this.accounts, "Cy Student");
		ClassSummary group = this.classes.create(teacher, "Late group");
		this.classes.join(cy, group.joinCode().code());
		List<String> three = this.catalog.approved(null, null, "multiple_choice")
			.stream()
			.limit(3)
			.map(QuizQuestion::id)
			.toList();
		AssignmentSummary quiz = this.assignments.create(teacher,
				new AssignmentDraft(group.id(), "Timed", this.start, this.start.plus(Duration.ofHours(1)),
						Duration.ofMinutes(10), 1, three, null, null, null, 0, true, true, AnswerReveal.AFTER_DUE));
		AttemptView attempt = this.attempts.start(cy, quiz.id());
		String right = this.catalog.approved(attempt.questions().get(0).questionId()).orElseThrow().answer();
		this.attempts.answer(cy, attempt.attemptId(), 0, right);
		this.clock.advance(Duration.ofMinutes(10));
		assertThatThrownBy(() -> this.attempts.answer(cy, attempt.attemptId(), 1, "anything"))
			.isInstanceOf(ClassroomRefusal.class)
			.hasMessage("Your time limit of 10 min ran out at 2026-11-23 08:10 UTC; answers are no longer accepted."
					+ " The answers you gave in time were kept.");
		// a refusal writes nothing: the submission is refused for the same reason
		assertThatThrownBy(() -> this.attempts.submit(cy, attempt.attemptId()))
			.hasMessage("Your time limit of 10 min ran out at 2026-11-23 08:10 UTC; answers are no longer accepted."
					+ " The answers you gave in time were kept.");
		assertThatThrownBy(() -> this.attempts.start(cy, quiz.id()))
			.hasMessage("You have already made your attempt at this assignment.");
		this.clock.advance(Duration.ofHours(1));
		AttemptView after = this.attempts.view(cy, attempt.attemptId());
		assertThat(after.closedAt()).isEqualTo(this.start.plus(Duration.ofMinutes(10)));
		assertThat(after.score()).isEqualTo(1.0);
		assertThat(after.questions()).extracting(AttemptQuestion::response).containsExactly(right, null, null);
	}

	@Test
	void a_submission_after_the_due_time_is_refused() {
		Actor teacher = newActor(this.accounts, "Due Teacher", Role.TEACHER);
		Actor di = newActor(this.accounts, "Di Student");
		ClassSummary group = this.classes.create(teacher, "Due group");
		this.classes.join(di, group.joinCode().code());
		List<String> two = this.catalog.approved(null, null, "true_false")
			.stream()
			.limit(2)
			.map(QuizQuestion::id)
			.toList();
		AssignmentSummary quiz = this.assignments.create(teacher,
				AssignmentDraft.handPicked(group.id(), "Short", this.start, this.start.plus(Duration.ofHours(1)), two));
		AttemptView attempt = this.attempts.start(di, quiz.id());
		this.clock.advance(Duration.ofHours(1));
		assertThatThrownBy(() -> this.attempts.submit(di, attempt.attemptId())).isInstanceOf(ClassroomRefusal.class)
			.hasMessage("The due time passed at 2026-11-23 09:00 UTC; answers are no longer accepted."
					+ " The answers you gave in time were kept.");
		assertThat(this.attempts.assignments(di)).extracting(StudentAssignment::status)
			.containsExactly(AssignmentStatus.DONE);
	}

	@Test
	void a_wrong_or_expired_code_gets_a_clear_message() {
		Actor teacher = newActor(this.accounts, "Code Teacher", Role.TEACHER);
		Actor eve = newActor(this.accounts, "Eve Student");
		ClassSummary group = this.classes.create(teacher, "Codes");
		assertThatThrownBy(() -> this.classes.join(eve, "HELLO")).hasMessage(
				"\"HELLO\" is not a join code: a code has 8 letters and digits, like ABCD-EFGH. Check it with your teacher.");
		assertThatThrownBy(() -> this.classes.join(eve, "ZZZZ-ZZZZ"))
			.hasMessage("No class has the code ZZZZZZZZ. Check it with your teacher; codes change when renewed.");
		String old = group.joinCode().code();
		ClassSummary renewed = this.classes.regenerateCode(teacher, group.id());
		assertThat(renewed.joinCode().code()).isNotEqualTo(old);
		assertThatThrownBy(() -> this.classes.join(eve, old)).isInstanceOf(ClassroomRefusal.class);
		this.clock.advance(ClassService.CODE_LIFETIME);
		assertThatThrownBy(() -> this.classes.join(eve, renewed.joinCode().code()))
			.hasMessage("The code " + renewed.joinCode().code() + " has expired. Ask your teacher for a new one.");
	}

	@Test
	void a_teacher_removes_a_student_who_then_no_longer_sees_the_class() {
		Actor teacher = newActor(this.accounts, "Roster Teacher", Role.TEACHER);
		Actor fay = newActor(this.accounts, "Fay Student");
		ClassSummary group = this.classes.create(teacher, "Roster");
		this.classes.join(fay, group.joinCode().code());
		this.classes.removeStudent(teacher, group.id(), fay.userId());
		assertThat(this.classes.roster(teacher, group.id())).isEmpty();
		assertThat(this.classes.studentsClasses(fay)).isEmpty();
	}

	@Test
	void only_approved_questions_can_be_assigned() {
		Actor teacher = newActor(this.accounts, "Strict Teacher", Role.TEACHER);
		ClassSummary group = this.classes.create(teacher, "Strict");
		assertThatThrownBy(() -> this.assignments.create(teacher,
				AssignmentDraft.handPicked(group.id(), "Bad", this.start, this.start.plusSeconds(3600),
						List.of("q-does-not-exist"))))
			.hasMessage("Question q-does-not-exist is not approved; only approved questions can be assigned."
					+ " Review it first.");
	}

}
