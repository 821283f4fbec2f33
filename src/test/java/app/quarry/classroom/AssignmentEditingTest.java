package app.quarry.classroom;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A teacher's assignment after it is set: read back, edited before it opens, deleted. */
class AssignmentEditingTest extends ClassroomServicesTest {

	private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	@Autowired
	AttemptReviewService reviews;

	@Autowired
	JdbcTemplate jdbc;

	private Actor teacher;

	private ClassSummary group;

	private List<String> three;

	@BeforeEach
	void a_class() {
		this.clock.set(NOW);
		this.teacher = newActor(this.accounts, "Editing Teacher", Role.TEACHER);
		this.group = this.classes.create(this.teacher, "Editing");
		this.three = this.catalog.approved(null, null, "multiple_choice")
			.stream()
			.limit(3)
			.map(QuizQuestion::id)
			.toList();
	}

	private AssignmentDraft draft(String title, Instant opens, List<String> questions, int attempts,
			GradingPolicy grading) {
		return new AssignmentDraft(this.group.id(), title, opens, opens.plus(Duration.ofDays(2)), null, attempts,
				questions, null, null, null, 0, false, false, AnswerReveal.AFTER_SUBMIT, grading);
	}

	@Test
	void the_teacher_reads_back_the_hand_picked_questions_and_settings() {
		AssignmentSummary set = this.assignments.create(this.teacher,
				draft("Picked", NOW.plus(Duration.ofDays(1)), this.three, 3, GradingPolicy.AVERAGE));
		AssignmentDetails details = this.assignments.details(this.teacher, set.id());
		assertThat(details.questionIds()).containsExactlyElementsOf(this.three);
		assertThat(details.questions().get(0).current().prompt())
			.isEqualTo(this.catalog.approved(this.three.get(0)).orElseThrow().prompt());
		assertThat(details.summary().grading()).isEqualTo(GradingPolicy.AVERAGE);
		assertThat(details.summary().attemptsAllowed()).isEqualTo(3);
		assertThat(details.editable()).isTrue();
	}

	@Test
	void before_it_opens_every_setting_and_the_questions_can_change() {
		AssignmentSummary set = this.assignments.create(this.teacher,
				draft("First title", NOW.plus(Duration.ofDays(1)), this.three, 1, GradingPolicy.HIGHEST));
		AssignmentSummary changed = this.assignments.update(this.teacher, set.id(),
				draft("Second title", NOW.plus(Duration.ofDays(2)), this.three.subList(0, 2), 2, GradingPolicy.LAST));
		assertThat(changed.title()).isEqualTo("Second title");
		assertThat(changed.window().opensAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
		assertThat(changed.attemptsAllowed()).isEqualTo(2);
		assertThat(changed.grading()).isEqualTo(GradingPolicy.LAST);
		assertThat(this.assignments.details(this.teacher, set.id()).questionIds())
			.containsExactlyElementsOf(this.three.subList(0, 2));
	}

	@Test
	void once_it_opened_it_can_no_longer_be_edited() {
		AssignmentSummary set = this.assignments.create(this.teacher,
				draft("Open now", NOW, this.three, 1, GradingPolicy.HIGHEST));
		assertThat(this.assignments.details(this.teacher, set.id()).editable()).isFalse();
		assertThatThrownBy(() -> this.assignments.update(this.teacher, set.id(),
				draft("Sneaky", NOW, this.three, 5, GradingPolicy.HIGHEST)))
			.isInstanceOf(ClassroomRefusal.class)
			.hasMessage("This assignment opened at 2026-11-23 08:00 UTC, so students may have seen it and it can"
					+ " no longer be edited. Delete it and set a new one instead.");
	}

	@Test
	void deleting_an_assignment_deletes_its_attempts_and_mark_changes() {
		Actor student = newActor(this.accounts, "Deleted Student");
		this.classes.join(student, this.group.joinCode().code());
		AssignmentSummary set = this.assignments.create(this.teacher,
				draft("Doomed", NOW, this.three, 1, GradingPolicy.HIGHEST));
		AttemptView attempt = this.attempts.start(student, set.id());
		this.attempts.submit(student, attempt.attemptId());
		this.reviews.changeMark(this.teacher, attempt.attemptId(), 0, 1.0, "kind");
		assertThat(this.assignments.details(this.teacher, set.id()).attempts()).isEqualTo(1);

		this.assignments.delete(this.teacher, set.id());

		assertThat(this.assignments.forClass(this.teacher, this.group.id())).isEmpty();
		assertThat(this.attempts.assignments(student)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from classroom_attempt where assignment_id = ?",
				Integer.class, set.id().value()))
			.isZero();
		assertThatThrownBy(() -> this.assignments.details(this.teacher, set.id()))
			.isInstanceOf(ClassroomAccessDenied.class);
	}

	@Test
	void another_teacher_can_neither_edit_nor_delete_it() {
		AssignmentSummary set = this.assignments.create(this.teacher,
				draft("Mine", NOW.plus(Duration.ofDays(1)), this.three, 1, GradingPolicy.HIGHEST));
		Actor other = newActor(this.accounts, "Other Editing Teacher", Role.TEACHER);
		assertThatThrownBy(() -> this.assignments.delete(other, set.id())).isInstanceOf(ClassroomAccessDenied.class);
		assertThatThrownBy(() -> this.assignments.update(other, set.id(),
				draft("Theirs", NOW.plus(Duration.ofDays(1)), this.three, 1, GradingPolicy.HIGHEST)))
			.isInstanceOf(ClassroomAccessDenied.class);
	}

}
