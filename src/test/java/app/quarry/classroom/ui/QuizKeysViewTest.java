package app.quarry.classroom.ui;

import app.quarry.classroom.AssignmentId;
import static app.quarry.classroom.ClassroomTestSupport.loginOf;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.BrowserlessUi;
import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AssignmentDraft;
import app.quarry.classroom.AttemptQuestion;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.QuizQuestion;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The quiz page's keys, without a browser: which question a digit or T/F answers. (The
 * browser test drives the same keys through the page.)
 */
class QuizKeysViewTest extends ClassroomViewTest {

	private Actor student;

	private long attemptId;

	@BeforeEach
	void a_student_opens_three_true_or_false_questions() {
		Actor teacher = newActor(this.accounts, "Keys Teacher", Role.TEACHER);
		this.student = newActor(this.accounts, "Keys Student");
		ClassSummary group = this.classes.create(teacher, "Keys");
		this.classes.join(this.student, group.joinCode().code());
		// other tests edit bank questions; these keep the plain True/False choice
		List<String> three = this.catalog.approved(null, null, "true_false")
			.stream()
			.filter(q -> q.options().equals(List.of("True", "False")))
			.limit(3)
			.map(QuizQuestion::id)
			.toList();
		AssignmentId assignmentId = this.assignments
			.create(teacher,
					AssignmentDraft.handPicked(group.id(), "Three", START, START.plus(Duration.ofDays(1)), three))
			.id();
		this.attemptId = this.attempts.start(this.student, assignmentId).attemptId();
		BrowserlessUi.logIn(this.users.loadUserByUsername(loginOf(this.student)));
		UI.getCurrent().navigate("attempt/" + this.attemptId);
	}

	@Test
	void t_and_f_answer_the_focused_question_and_a_digit_the_first_unanswered_one_when_none_has_the_focus() {
		QuizView page = _get(QuizView.class);
		page.key("f", "question-1");
		page.key("T", "");
		page.key("2", "");
		assertThat(responses()).containsExactly("True", "False", "False");
	}

	@Test
	void once_every_question_is_answered_a_key_outside_the_questions_changes_nothing() {
		QuizView page = _get(QuizView.class);
		page.key("t", "question-0");
		page.key("t", "question-1");
		page.key("t", "question-2");
		page.key("f", "");
		page.key("2", "");
		assertThat(responses()).containsExactly("True", "True", "True");
	}

	@Test
	void a_digit_beyond_the_options_and_a_letter_other_than_t_or_f_change_nothing() {
		QuizView page = _get(QuizView.class);
		page.key("3", "question-0");
		page.key("9", "question-0");
		page.key("x", "question-0");
		assertThat(responses()).containsExactly(null, null, null);
	}

	private List<String> responses() {
		return this.attempts.view(this.student, this.attemptId)
			.questions()
			.stream()
			.map(AttemptQuestion::response)
			.toList();
	}

}
