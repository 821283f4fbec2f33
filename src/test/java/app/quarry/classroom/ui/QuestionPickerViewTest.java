package app.quarry.classroom.ui;

import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import app.quarry.bank.Siblings;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AssignmentSummary;
import app.quarry.classroom.AttemptQuestion;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.QuizQuestion;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-picking an assignment's questions in the grid of approved questions. */
class QuestionPickerViewTest extends ClassroomViewTest {

	@Test
	void a_teacher_picks_three_questions_across_filters_and_the_assignment_has_exactly_those() {
		Actor teacher = newActor(this.accounts, "Picking Teacher", Role.TEACHER);
		Actor student = newActor(this.accounts, "Picked Student");
		ClassSummary group = this.classes.create(teacher, "Picks");
		this.classes.join(student, group.joinCode().code());
		logIn(teacher);
		UI.getCurrent().navigate("teach/classes/" + group.id());
		@SuppressWarnings("unchecked")
		Grid<QuizQuestion> grid = _get(Grid.class, spec -> spec.withId("question-picker"));
		Span count = _get(Span.class, spec -> spec.withId("picked-count"));
		assertThat(GridKt._size(grid)).isEqualTo(this.catalog.approved(null, null, null).size());
		assertThat(count.getText()).isEqualTo("No questions picked: they are drawn by the filters below.");

		@SuppressWarnings("unchecked")
		Select<String> format = _get(Select.class, spec -> spec.withId("picker-format"));
		_setValue(format, "true_false");
		assertThat(GridKt._size(grid)).isEqualTo(this.catalog.approved(null, null, "true_false").size());
		QuizQuestion first = GridKt._get(grid, 0);
		QuizQuestion second = GridKt._get(grid, 1);
		tick(grid, 0);
		tick(grid, 1);
		assertThat(count.getText()).isEqualTo("2 picked");
		_setValue(format, "multiple_choice");
		QuizQuestion third = GridKt._get(grid, 0);
		// the text filter narrows to the question whose words are typed
		_setValue(_get(TextField.class, spec -> spec.withId("picker-text")),
				third.prompt().substring(0, 30).toUpperCase());
		assertThat(GridKt._get(grid, 0)).isEqualTo(third);
		tick(grid, 0);
		assertThat(count.getText()).isEqualTo("3 picked");
		// a default of 10 per student would ask for more than were picked: all of them
		assertThat(_get(IntegerField.class, spec -> spec.withId("assignment-draw")).getValue()).isZero();

		_setValue(_get(TextField.class, spec -> spec.withId("assignment-title")), "Three picked");
		_click(_get(Button.class, spec -> spec.withId("create-assignment")));
		AssignmentSummary set = this.assignments.forClass(teacher, group.id()).get(0);
		assertThat(set.poolSize()).isEqualTo(3);
		assertThat(set.questionsPerStudent()).isEqualTo(3);
		List<String> shown = this.attempts.start(student, set.id())
			.questions()
			.stream()
			.map(AttemptQuestion::questionId)
			.toList();
		assertThat(shown).containsExactly(first.id(), second.id(), third.id());
	}

	@Test
	void the_picker_reads_the_bank_a_page_at_a_time_and_keeps_picks_the_filters_hide() {
		Actor teacher = newActor(this.accounts, "Paging Teacher", Role.TEACHER);
		ClassSummary group = this.classes.create(teacher, "Paging");
		logIn(teacher);
		UI.getCurrent().navigate("teach/classes/" + group.id());
		@SuppressWarnings("unchecked")
		Grid<QuizQuestion> grid = _get(Grid.class, spec -> spec.withId("question-picker"));
		assertThat(grid.getDataProvider().isInMemory()).as("the picker holds no copy of the bank").isFalse();

		int last = GridKt._size(grid) - 1;
		QuizQuestion farDown = GridKt._get(grid, last);
		tick(grid, last);
		@SuppressWarnings("unchecked")
		Select<String> document = _get(Select.class, spec -> spec.withId("picker-document"));
		String elsewhere = document.getListDataView()
			.getItems()
			.filter(id -> !id.isEmpty() && !id.equals(farDown.document()))
			.findFirst()
			.orElseThrow();
		_setValue(document, elsewhere);
		assertThat(GridKt._size(grid)).isEqualTo(this.catalog.approved(elsewhere, null, null).size());
		assertThat(_get(Span.class, spec -> spec.withId("picked-count")).getText()).isEqualTo("1 picked");

		_setValue(document, "");
		assertThat(grid.getSelectedItems()).containsExactly(farDown);
	}

	@Test
	void undoing_every_pick_gives_the_draw_its_count_back() {
		Actor teacher = newActor(this.accounts, "Undoing Teacher", Role.TEACHER);
		ClassSummary group = this.classes.create(teacher, "Undo");
		logIn(teacher);
		UI.getCurrent().navigate("teach/classes/" + group.id());
		@SuppressWarnings("unchecked")
		Grid<QuizQuestion> grid = _get(Grid.class, spec -> spec.withId("question-picker"));
		IntegerField draw = _get(IntegerField.class, spec -> spec.withId("assignment-draw"));
		tick(grid, 0);
		assertThat(draw.getValue()).isZero();
		grid.getSelectionModel().deselectFromClient(GridKt._get(grid, 0));
		assertThat(draw.getValue()).isEqualTo(10);
		assertThat(_get(Span.class, spec -> spec.withId("picked-count")).getText())
			.isEqualTo("No questions picked: they are drawn by the filters below.");
	}

	@Test
	void picking_two_cards_of_one_fact_is_allowed_with_a_warning() {
		Actor teacher = newActor(this.accounts, "Sibling Teacher", Role.TEACHER);
		ClassSummary group = this.classes.create(teacher, "Siblings");
		logIn(teacher);
		UI.getCurrent().navigate("teach/classes/" + group.id());
		@SuppressWarnings("unchecked")
		Grid<QuizQuestion> grid = _get(Grid.class, spec -> spec.withId("question-picker"));
		List<QuizQuestion> siblings = Siblings
			.groupsOfSiblings(this.catalog.approved(null, null, null), QuizQuestion::fact)
			.get(0);
		grid.getSelectionModel().selectFromClient(siblings.get(0));
		assertThat(_get(Span.class, spec -> spec.withId("picked-count")).getText()).isEqualTo("1 picked");
		grid.getSelectionModel().selectFromClient(siblings.get(1));
		assertThat(_get(Span.class, spec -> spec.withId("picked-count")).getText())
			.isEqualTo("2 picked · 2 of them are cards of the same fact and give each other's answer away");
	}

	/**
	 * Ticks a row's checkbox, as a click on it does (Karibu's row selection clears the
	 * others first, like a click on the row itself).
	 */
	private static void tick(Grid<QuizQuestion> grid, int row) {
		grid.getSelectionModel().selectFromClient(GridKt._get(grid, row));
	}

}
