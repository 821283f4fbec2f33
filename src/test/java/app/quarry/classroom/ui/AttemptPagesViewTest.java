package app.quarry.classroom.ui;

import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AnswerReveal;
import app.quarry.classroom.AssignmentDraft;
import app.quarry.classroom.AssignmentSummary;
import app.quarry.classroom.AttemptQuestion;
import app.quarry.classroom.AttemptView;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.QuizQuestion;
import app.quarry.classroom.results.GradingPolicy;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages around attempts: a student's list with a second attempt to start and a review
 * of each closed one; the teacher's results leading to what a student answered, where a
 * mark is changed with a reason.
 */
class AttemptPagesViewTest extends ClassroomViewTest {

	private Actor teacher;

	private Actor student;

	private AssignmentSummary quiz;

	@BeforeEach
	void a_two_attempt_quiz_taken_once_with_the_first_answer_wrong() {
		this.teacher = newActor(this.accounts, "Pages Teacher", Role.TEACHER);
		this.student = newActor(this.accounts, "Pages Student");
		ClassSummary group = this.classes.create(this.teacher, "Pages");
		this.classes.join(this.student, group.joinCode().code());
		List<String> two = this.catalog.approved(null, null, "multiple_choice")
			.stream()
			.limit(2)
			.map(QuizQuestion::id)
			.toList();
		this.quiz = this.assignments.create(this.teacher,
				new AssignmentDraft(group.id(), "Two tries", START, START.plus(Duration.ofDays(1)), null, 2, two, null,
						null, null, 0, false, false, AnswerReveal.AFTER_SUBMIT, GradingPolicy.LAST));
		AttemptView attempt = this.attempts.start(this.student, this.quiz.id());
		for (AttemptQuestion question : attempt.questions()) {
			String right = this.catalog.approved(question.questionId()).orElseThrow().answer();
			String wrong = question.options().stream().filter(o -> !o.equals(right)).findFirst().orElseThrow();
			this.attempts.answer(this.student, attempt.attemptId(), question.position(),
					(question.position() == 0) ? wrong : right);
		}
		this.attempts.submit(this.student, attempt.attemptId());
	}

	private long firstAttempt() {
		return this.attempts.assignments(this.student).get(0).closedAttempts().get(0).attemptId();
	}

	@Test
	void after_a_first_attempt_the_student_can_start_a_second_and_review_the_first() {
		logIn(this.student);
		UI.getCurrent().navigate("assignments");
		@SuppressWarnings("unchecked")
		Grid<Object> mine = _get(Grid.class, spec -> spec.withId("my-assignments"));
		Button take = (Button) GridKt._getCellComponent(mine, 0, "take");
		assertThat(take.getText()).isEqualTo("Start attempt 2");
		assertThat(take.isEnabled()).isTrue();
		Div reviews = (Div) GridKt._getCellComponent(mine, 0, "reviews");
		Anchor review = (Anchor) reviews.getChildren().findFirst().orElseThrow();
		assertThat(review.getText()).isEqualTo("Attempt 1 (50%)");
		assertThat(GridKt._getFormattedRow(mine, 0)).contains("1 of 2", "50%");

		UI.getCurrent().navigate(review.getHref());
		assertThat(_get(Paragraph.class, spec -> spec.withId("review-outcome")).getText())
			.isEqualTo("Submitted Mon 23 Nov 2026, 08:00 UTC. Score: 1 of 2 (50%).");
		String right = this.catalog
			.approved(this.attempts.view(this.student, firstAttempt()).questions().get(0).questionId())
			.orElseThrow()
			.answer();
		assertThat(_get(Span.class, spec -> spec.withId("right-0")).getText()).isEqualTo("Right answer: " + right);
		assertThat(_get(Span.class, spec -> spec.withId("mark-0")).getText()).isEqualTo("Mark: 0 of 1");
	}

	@Test
	void the_teacher_goes_from_the_results_to_a_students_answers_and_changes_a_mark_with_a_reason() {
		logIn(this.teacher);
		UI.getCurrent().navigate("teach/assignments/" + this.quiz.id() + "/results");
		assertThat(_get(Paragraph.class, spec -> spec.withId("results-grading")).getText())
			.isEqualTo("Graded by: last attempt (2 allowed).");
		@SuppressWarnings("unchecked")
		Grid<Object> grid = _get(Grid.class, spec -> spec.withId("results-grid"));
		Div links = (Div) GridKt._getCellComponent(grid, 0, "attempts");
		Anchor first = (Anchor) links.getChildren().findFirst().orElseThrow();
		assertThat(first.getText()).isEqualTo("Attempt 1 (50%)");

		this.clock.advance(Duration.ofMinutes(30));
		UI.getCurrent().navigate(first.getHref());
		assertThat(_get(Span.class, spec -> spec.withId("response-0")).getText()).startsWith("Student's answer: ");
		_click(_get(Button.class, spec -> spec.withId("change-mark-0")));
		_setValue(_get(NumberField.class, spec -> spec.withId("new-mark")), 0.5);
		_setValue(_get(TextArea.class, spec -> spec.withId("mark-reason")), "Close enough for half.");
		_click(_get(Button.class, spec -> spec.withId("save-mark")));

		assertThat(_get(Span.class, spec -> spec.withId("mark-0")).getText()).isEqualTo("Mark: 0.5 of 1");
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.contains(
					"Mark changed from 0 to 0.5 by Pages Teacher, Mon 23 Nov 2026, 08:30 UTC: Close enough for half.");
		assertThat(this.results.results(this.teacher, this.quiz.id()).grid().rows().get(0).fraction()).isEqualTo(0.75);
	}

	@Test
	void a_mark_change_without_a_reason_is_refused_and_changes_nothing() {
		logIn(this.teacher);
		UI.getCurrent().navigate("teach/attempts/" + firstAttempt());
		_click(_get(Button.class, spec -> spec.withId("change-mark-0")));
		_click(_get(Button.class, spec -> spec.withId("save-mark")));
		assertThat(_get(Span.class, spec -> spec.withId("mark-0")).getText()).isEqualTo("Mark: 0 of 1");
		assertThat(this.results.results(this.teacher, this.quiz.id()).grid().rows().get(0).fraction()).isEqualTo(0.5);
	}

	@Test
	void the_students_report_gives_the_grade_and_leads_to_each_attempts_answers() {
		logIn(this.teacher);
		UI.getCurrent().navigate("teach/classes/" + this.quiz.classId() + "/students/" + this.student.userId());
		@SuppressWarnings("unchecked")
		Grid<Object> scores = _get(Grid.class, spec -> spec.withId("student-scores"));
		assertThat(GridKt._getFormattedRow(scores, 0)).contains("50%");
		Div links = (Div) GridKt._getCellComponent(scores, 0, "answers");
		Anchor first = (Anchor) links.getChildren().findFirst().orElseThrow();
		assertThat(first.getHref()).isEqualTo("teach/attempts/" + firstAttempt());
	}

}
