package app.quarry.classroom.ui;

import app.quarry.classroom.AssignmentId;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AnswerReveal;
import app.quarry.classroom.AssignmentDraft;
import app.quarry.classroom.AttemptQuestion;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.QuizQuestion;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With answers shown after each question, a saved answer is final: an option chosen by
 * mouse or arrow keys waits for Check, so moving through the options saves nothing.
 */
class CheckAnswerViewTest extends ClassroomViewTest {

	private Actor student;

	private long attemptId;

	private void openQuiz(AnswerReveal reveal) {
		Actor teacher = newActor(this.accounts, "Check Teacher " + reveal, Role.TEACHER);
		this.student = newActor(this.accounts, "Check Student " + reveal);
		ClassSummary group = this.classes.create(teacher, "Check " + reveal);
		this.classes.join(this.student, group.joinCode().code());
		List<String> one = this.catalog.approved(null, null, "multiple_choice")
			.stream()
			.limit(1)
			.map(QuizQuestion::id)
			.toList();
		AssignmentId assignmentId = this.assignments
			.create(teacher,
					new AssignmentDraft(group.id(), "One", START, START.plus(Duration.ofDays(1)), null, 1, one, null,
							null, null, 0, false, false, reveal))
			.id();
		this.attemptId = this.attempts.start(this.student, assignmentId).attemptId();
		logIn(this.student);
		UI.getCurrent().navigate("attempt/" + this.attemptId);
	}

	@SuppressWarnings("unchecked")
	private RadioButtonGroup<String> options() {
		return _get(RadioButtonGroup.class);
	}

	private AttemptQuestion saved() {
		return this.attempts.view(this.student, this.attemptId).questions().get(0);
	}

	@Test
	void choosing_an_option_saves_nothing_until_check_then_the_answer_is_final() {
		openQuiz(AnswerReveal.AFTER_EACH);
		List<String> choices = saved().options();

		_setValue(options(), choices.get(1));
		_setValue(options(), choices.get(0));
		assertThat(saved().response()).isNull();

		_click(_get(Button.class, spec -> spec.withId("check-0")));
		assertThat(saved().response()).isEqualTo(choices.get(0));
		assertThat(saved().correctAnswer()).isNotNull();
		assertThat(options().isReadOnly()).isTrue();
		_assertNone(Button.class, spec -> spec.withId("check-0"));
	}

	@Test
	void with_answers_shown_after_submitting_a_chosen_option_is_saved_at_once() {
		openQuiz(AnswerReveal.AFTER_SUBMIT);
		List<String> choices = saved().options();

		_setValue(options(), choices.get(1));

		assertThat(saved().response()).isEqualTo(choices.get(1));
		_assertNone(Button.class, spec -> spec.withId("check-0"));
	}

}
