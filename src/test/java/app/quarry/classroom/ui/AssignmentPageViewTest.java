package app.quarry.classroom.ui;

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
import app.quarry.classroom.AssignmentSummary;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.QuizQuestion;
import app.quarry.classroom.results.GradingPolicy;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The teacher's assignment page: settings and hand-picked questions shown again, an edit
 * before it opens, a delete after a confirmation; and the grading policy chosen on the
 * class page's form.
 */
class AssignmentPageViewTest extends ClassroomViewTest {

	private Actor teacher;

	private ClassSummary group;

	private List<String> three;

	@BeforeEach
	void a_class() {
		this.teacher = newActor(this.accounts, "Page Owner", Role.TEACHER);
		this.group = this.classes.create(this.teacher, "Assignment pages");
		this.three = this.catalog.approved(null, null, "multiple_choice")
			.stream()
			.limit(3)
			.map(QuizQuestion::id)
			.toList();
	}

	private AssignmentSummary assign(String title, java.time.Instant opens) {
		return this.assignments.create(this.teacher,
				new AssignmentDraft(this.group.id(), title, opens, opens.plus(Duration.ofDays(2)), null, 3, this.three,
						null, null, null, 0, false, false, AnswerReveal.AFTER_SUBMIT, GradingPolicy.AVERAGE));
	}

	@Test
	void the_page_shows_the_settings_and_the_hand_picked_questions() {
		AssignmentSummary set = assign("Shown again", START.plus(Duration.ofDays(1)));
		logIn(this.teacher);
		UI.getCurrent().navigate("teach/assignments/" + set.id());
		String settings = _get(DescriptionList.class, spec -> spec.withId("assignment-settings")).getElement()
			.getChildren()
			.map(child -> child.getTextRecursively())
			.reduce("", (a, b) -> a + "|" + b);
		assertThat(settings).contains("|Attempts allowed|3", "|Grade from several attempts|Average of attempts",
				"|Opens|Tue 24 Nov 2026, 08:00 UTC");
		Grid<?> questions = _get(Grid.class, spec -> spec.withId("assignment-questions"));
		assertThat(GridKt._size(questions)).isEqualTo(3);
		assertThat(GridKt._getFormattedRow(questions, 0))
			.contains(this.catalog.approved(this.three.get(0)).orElseThrow().prompt());
		assertThat(_get(Button.class, spec -> spec.withId("edit-assignment")).isEnabled()).isTrue();
	}

	@Test
	void before_it_opens_the_teacher_edits_it_in_a_dialog_filled_with_its_settings() {
		AssignmentSummary set = assign("Draft title", START.plus(Duration.ofDays(1)));
		logIn(this.teacher);
		UI.getCurrent().navigate("teach/assignments/" + set.id());
		_click(_get(Button.class, spec -> spec.withId("edit-assignment")));
		TextField title = _get(TextField.class, spec -> spec.withId("assignment-title"));
		assertThat(title.getValue()).isEqualTo("Draft title");
		assertThat(_get(IntegerField.class, spec -> spec.withId("assignment-attempts")).getValue()).isEqualTo(3);
		@SuppressWarnings("unchecked")
		Select<GradingPolicy> grading = _get(Select.class, spec -> spec.withId("assignment-grading"));
		assertThat(grading.getValue()).isEqualTo(GradingPolicy.AVERAGE);
		_setValue(title, "Final title");
		_setValue(grading, GradingPolicy.FIRST);
		_click(_get(Button.class, spec -> spec.withId("save-assignment")));

		AssignmentSummary saved = this.assignments.get(this.teacher, set.id());
		assertThat(saved.title()).isEqualTo("Final title");
		assertThat(saved.grading()).isEqualTo(GradingPolicy.FIRST);
		assertThat(this.assignments.details(this.teacher, set.id()).questionIds())
			.containsExactlyElementsOf(this.three);
	}

	@Test
	void once_it_opened_edit_is_off_and_the_page_says_why() {
		AssignmentSummary set = assign("Already open", START);
		logIn(this.teacher);
		UI.getCurrent().navigate("teach/assignments/" + set.id());
		assertThat(_get(Button.class, spec -> spec.withId("edit-assignment")).isEnabled()).isFalse();
		assertThat(_get(Paragraph.class, spec -> spec.withId("edit-locked")).getText()).startsWith("It has opened");
	}

	@Test
	void delete_asks_first_and_cancel_keeps_the_assignment() {
		AssignmentSummary set = assign("Kept", START);
		logIn(this.teacher);
		UI.getCurrent().navigate("teach/assignments/" + set.id());
		_click(_get(Button.class, spec -> spec.withId("delete-assignment")));
		assertThat(_get(Paragraph.class, spec -> spec.withId("delete-consequence")).getText())
			.isEqualTo("No student has started it. This cannot be undone.");
		_click(_get(Button.class, spec -> spec.withId("cancel-delete")));
		assertThat(this.assignments.forClass(this.teacher, this.group.id())).hasSize(1);

		_click(_get(Button.class, spec -> spec.withId("delete-assignment")));
		_click(_get(Button.class, spec -> spec.withId("confirm-delete")));
		assertThat(this.assignments.forClass(this.teacher, this.group.id())).isEmpty();
		_assertNone(Dialog.class);
	}

	@Test
	void the_class_page_sets_an_assignment_with_several_attempts_and_a_grading_policy() {
		logIn(this.teacher);
		UI.getCurrent().navigate("teach/classes/" + this.group.id());
		_setValue(_get(TextField.class, spec -> spec.withId("assignment-title")), "Three tries");
		_setValue(_get(IntegerField.class, spec -> spec.withId("assignment-attempts")), 3);
		@SuppressWarnings("unchecked")
		Select<GradingPolicy> grading = _get(Select.class, spec -> spec.withId("assignment-grading"));
		_setValue(grading, GradingPolicy.AVERAGE);
		@SuppressWarnings("unchecked")
		Select<String> format = _get(Select.class, spec -> spec.withId("assignment-format"));
		_setValue(format, "multiple_choice");
		_setValue(_get(IntegerField.class, spec -> spec.withId("assignment-draw")), 2);
		_click(_get(Button.class, spec -> spec.withId("create-assignment")));

		AssignmentSummary set = this.assignments.forClass(this.teacher, this.group.id()).get(0);
		assertThat(set.attemptsAllowed()).isEqualTo(3);
		assertThat(set.grading()).isEqualTo(GradingPolicy.AVERAGE);
	}

}
