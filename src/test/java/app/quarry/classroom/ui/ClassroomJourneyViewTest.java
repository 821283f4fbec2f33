package app.quarry.classroom.ui;

import app.quarry.classroom.AssignmentId;
import static app.quarry.classroom.ClassroomTestSupport.loginOf;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AttemptQuestion;
import app.quarry.classroom.AttemptView;
import app.quarry.classroom.ClassSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The teacher's and the student's journey through the pages, without a browser: create a
 * class, join it by code, set a 10-question quiz, take it, read the grid, item analysis
 * and CSV.
 */
class ClassroomJourneyViewTest extends ClassroomViewTest {

	@Test
	void teacher_creates_a_class_student_joins_takes_a_ten_question_quiz_teacher_reads_the_results() {
		Actor teacher = newActor(this.accounts, "Page Teacher", Role.TEACHER);
		Actor student = newActor(this.accounts, "Page Student");

		logIn(teacher);
		UI.getCurrent().navigate("teach/classes");
		_setValue(_get(TextField.class, spec -> spec.withId("new-class-name")), "Korea 2018");
		_click(_get(Button.class, spec -> spec.withId("create-class")));
		ClassSummary created = this.classes.teachersClasses(teacher).get(0);
		assertThat(created.name()).isEqualTo("Korea 2018");

		logIn(student);
		UI.getCurrent().navigate("join/" + created.joinCode().code().toLowerCase());
		_click(_get(Button.class, spec -> spec.withId("join-button")));
		assertThat(_get(Paragraph.class, spec -> spec.withId("join-outcome")).getText())
			.isEqualTo("You joined Korea 2018.");

		logIn(teacher);
		UI.getCurrent().navigate("teach/classes/" + created.id());
		assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("roster")))).isEqualTo(1);
		_setValue(_get(TextField.class, spec -> spec.withId("assignment-title")), "Letters quiz");
		@SuppressWarnings("unchecked")
		Select<String> format = _get(Select.class, spec -> spec.withId("assignment-format"));
		_setValue(format, "multiple_choice");
		_setValue(_get(IntegerField.class, spec -> spec.withId("assignment-draw")), 10);
		_click(_get(Button.class, spec -> spec.withId("create-assignment")));
		assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("assignments")))).isEqualTo(1);

		logIn(student);
		UI.getCurrent().navigate("assignments");
		AssignmentId assignmentId = this.attempts.assignments(student).get(0).assignment().id();
		@SuppressWarnings("unchecked")
		Grid<Object> mine = _get(Grid.class, spec -> spec.withId("my-assignments"));
		_click((Button) GridKt._getCellComponent(mine, 0, "take"));
		long attemptId = this.attempts.assignments(student).get(0).openAttemptId();
		// opened by its address, as after a reload (the button's navigation is not
		// followed by the
		// mock UI when the button sits in a grid cell)
		UI.getCurrent().navigate("attempt/" + attemptId);
		AttemptView attempt = this.attempts.view(student, attemptId);
		@SuppressWarnings("rawtypes")
		List<RadioButtonGroup> choices = _find(RadioButtonGroup.class);
		System.out
			.println("TREE " + com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()));
		assertThat(choices).hasSize(10);
		for (AttemptQuestion question : attempt.questions()) {
			String right = this.catalog.approved(question.questionId()).orElseThrow().answer();
			@SuppressWarnings("unchecked")
			RadioButtonGroup<String> group = _find(RadioButtonGroup.class).get(question.position());
			_setValue(group, (question.position() < 7) ? right
					: question.options().stream().filter(o -> !o.equals(right)).findFirst().orElseThrow());
		}
		assertThat(_get(Paragraph.class, spec -> spec.withId("quiz-progress")).getText())
			.isEqualTo("10 of 10 answered");
		_click(_get(Button.class, spec -> spec.withId("quiz-submit")));
		ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
		assertThat(_get(Paragraph.class, spec -> spec.withId("quiz-closed")).getText())
			.isEqualTo("Submitted. Score: 7 of 10.");

		logIn(teacher);
		UI.getCurrent().navigate("teach/assignments/" + assignmentId + "/results");
		assertThat(_get(Paragraph.class, spec -> spec.withId("results-summary")).getText())
			.isEqualTo("1 of 1 students submitted; average 70%; average time 0 min 0 s.");
		assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("results-grid")))).isEqualTo(1);
		Grid<?> items = _get(Grid.class, spec -> spec.withId("item-analysis"));
		assertThat(GridKt._size(items)).isEqualTo(10);
		// each row says what the question asks, not only its id
		String firstId = this.results.results(teacher, assignmentId).items().get(0).questionId();
		assertThat(GridKt._getFormattedRow(items, 0)).contains(this.catalog.approved(firstId).orElseThrow().prompt());
		assertThat(_get(Anchor.class, spec -> spec.withId("grades-csv")).getText()).isEqualTo("Download grades (CSV)");
		// ten of the 45 approved multiple-choice questions were drawn; only those have
		// columns
		assertThat(this.results.gradesCsv(teacher, assignmentId)).startsWith("Login,Student,Q")
			.endsWith("\r\n" + loginOf(student) + ",Page Student,1,1,1,1,1,1,1,0,0,0,7,70,0,1,yes\r\n");
	}

	@Test
	void a_student_guessing_join_codes_is_told_how_long_to_wait() {
		Actor student = newActor(this.accounts, "Code Guesser");
		logIn(student);
		UI.getCurrent().navigate("join");
		TextField code = _get(TextField.class, spec -> spec.withId("join-code"));
		Button join = _get(Button.class, spec -> spec.withId("join-button"));
		for (int i = 0; i < 5; i++) {
			_setValue(code, "QQQQ-QQQ" + (2 + i));
			_click(join);
		}
		NotificationsKt.clearNotifications();

		_setValue(code, "QQQQ-QQQ9");
		_click(join);

		NotificationsKt.expectNotifications("Too many attempts — try again in 1 minute.");
	}

	@Test
	void a_student_opening_a_teacher_page_is_refused() {
		Actor student = newActor(this.accounts, "Curious Student");
		logIn(student);
		assertThatThrownBy(() -> UI.getCurrent().navigate("teach/classes"))
			.isInstanceOf(MockAccessDeniedException.class);
		assertThatThrownBy(() -> UI.getCurrent().navigate("teach/assignments/1/results"))
			.isInstanceOf(MockAccessDeniedException.class);
	}

	@Test
	void a_teacher_opening_another_teachers_class_by_id_sees_a_refusal() {
		Actor owner = newActor(this.accounts, "Owning Teacher", Role.TEACHER);
		Actor other = newActor(this.accounts, "Nosy Teacher", Role.TEACHER);
		ClassSummary group = this.classes.create(owner, "Not yours");
		logIn(other);
		UI.getCurrent().navigate("teach/classes/" + group.id());
		assertThat(_get(Paragraph.class, spec -> spec.withId("refusal")).getText())
			.isEqualTo("There is no such class among yours.");
	}

	@Test
	void a_student_opening_another_students_attempt_sees_a_refusal() {
		Actor teacher = newActor(this.accounts, "Quiz Teacher", Role.TEACHER);
		Actor owner = newActor(this.accounts, "Attempt Owner");
		Actor other = newActor(this.accounts, "Attempt Peeker");
		ClassSummary group = this.classes.create(teacher, "Attempts");
		this.classes.join(owner, group.joinCode().code());
		this.classes.join(other, group.joinCode().code());
		// set through the service: this test is about the attempt page
		List<String> ids = this.catalog.approved(null, null, "true_false").stream().limit(2).map(q -> q.id()).toList();
		AssignmentId assignmentId = this.context.getBean(app.quarry.classroom.AssignmentService.class)
			.create(teacher,
					app.quarry.classroom.AssignmentDraft.handPicked(group.id(), "Two", this.clock.instant(),
							this.clock.instant().plusSeconds(3600), ids))
			.id();
		long attemptId = this.attempts.start(owner, assignmentId).attemptId();
		logIn(other);
		UI.getCurrent().navigate("attempt/" + attemptId);
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.contains("There is no such attempt among yours.");
	}

}
