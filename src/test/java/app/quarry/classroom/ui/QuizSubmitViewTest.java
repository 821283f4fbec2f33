package app.quarry.classroom.ui;

import app.quarry.classroom.AssignmentId;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AssignmentDraft;
import app.quarry.classroom.AttemptQuestion;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.QuizQuestion;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Submitting a quiz asks first, saying how many questions are unanswered; typed answers
 * are saved without Enter; when the time runs out the answers are locked.
 */
class QuizSubmitViewTest extends ClassroomViewTest {

	private Actor student;

	private long attemptId;

	@BeforeEach
	void a_student_opens_three_typed_questions_with_ten_minutes() {
		Actor teacher = newActor(this.accounts, "Submit Teacher", Role.TEACHER);
		this.student = newActor(this.accounts, "Submit Student");
		ClassSummary group = this.classes.create(teacher, "Submit");
		this.classes.join(this.student, group.joinCode().code());
		List<String> three = this.catalog.approved(null, null, "typed")
			.stream()
			.limit(3)
			.map(QuizQuestion::id)
			.toList();
		AssignmentDraft picked = AssignmentDraft.handPicked(group.id(), "Three typed", START,
				START.plus(Duration.ofDays(1)), three);
		AssignmentDraft timed = new AssignmentDraft(picked.classId(), picked.title(), picked.opensAt(), picked.dueAt(),
				Duration.ofMinutes(10), 1, three, null, null, null, 0, false, false, picked.reveal());
		AssignmentId assignmentId = this.assignments.create(teacher, timed).id();
		this.attemptId = this.attempts.start(this.student, assignmentId).attemptId();
		logIn(this.student);
		UI.getCurrent().navigate("attempt/" + this.attemptId);
	}

	@Test
	void submit_asks_first_saying_how_many_questions_are_unanswered_and_keep_answering_submits_nothing() {
		HasValueUtilsKt._setValue(fields().get(0), "Seoul");

		ButtonKt._click(_get(Button.class, spec -> spec.withId("quiz-submit")));

		ConfirmDialog dialog = _get(ConfirmDialog.class);
		assertThat(dialog.isOpened()).isTrue();
		assertThat(ConfirmDialogKt._getText(dialog))
			.isEqualTo("2 of 3 questions are unanswered; they will score nothing."
					+ " Once submitted, answers cannot be changed.");
		ConfirmDialogKt._fireCancel(dialog);
		assertThat(this.attempts.view(this.student, this.attemptId).open()).isTrue();

		ButtonKt._click(_get(Button.class, spec -> spec.withId("quiz-submit")));
		ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
		assertThat(this.attempts.view(this.student, this.attemptId).open()).isFalse();
	}

	@Test
	void a_typed_answer_is_saved_when_typing_pauses_not_only_on_enter() {
		assertThat(fields()).allSatisfy(field -> {
			assertThat(field.getValueChangeMode()).isEqualTo(ValueChangeMode.LAZY);
			assertThat(field.getValueChangeTimeout()).isEqualTo(QuizQuestionCard.TYPING_PAUSE_MS);
		});
		HasValueUtilsKt._setValue(fields().get(1), "Pyongyang");

		assertThat(responses()).containsExactly(null, "Pyongyang", null);
	}

	@Test
	void when_the_time_runs_out_the_answers_are_locked_and_the_page_says_so() {
		HasValueUtilsKt._setValue(fields().get(0), "Seoul");

		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		_get(QuizStatus.class).tick(this.clock.instant());

		assertThat(_get(Span.class, spec -> spec.withId("quiz-timer")).getText())
			.isEqualTo("Time is up; answers are no longer accepted.");
		assertThat(fields()).allSatisfy(field -> assertThat(field.isReadOnly()).isTrue());
	}

	private List<TextField> fields() {
		return _find(TextField.class);
	}

	private List<String> responses() {
		return this.attempts.view(this.student, this.attemptId)
			.questions()
			.stream()
			.map(AttemptQuestion::response)
			.toList();
	}

}
