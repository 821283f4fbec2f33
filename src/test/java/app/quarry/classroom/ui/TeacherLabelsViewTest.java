package app.quarry.classroom.ui;

import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.QuizQuestion;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

/**
 * The class page's question filters and picker read "Multiple choice" and "Date", not the
 * stored {@code multiple_choice} and {@code date}.
 */
class TeacherLabelsViewTest extends ClassroomViewTest {

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void the_assignment_filters_and_the_picker_show_labels_not_stored_values() {
		Actor teacher = newActor(this.accounts, "Labels Teacher", Role.TEACHER);
		ClassSummary group = this.classes.create(teacher, "Labels");
		logIn(teacher);
		UI.getCurrent().navigate("teach/classes/" + group.id());

		for (Select select : _find(Select.class)) {
			for (Object value : select.getListDataView().getItems().toList()) {
				String label = (String) select.getItemLabelGenerator().apply(value);
				assertThat(label).as(select.getLabel()).doesNotContain("_").isNotEqualTo("date");
			}
		}
		Select<String> format = _get(Select.class, spec -> spec.withId("picker-format"));
		assertThat(format.getItemLabelGenerator().apply("multiple_choice")).isEqualTo("Multiple choice");
		Grid<QuizQuestion> picker = _get(Grid.class, spec -> spec.withId("question-picker"));
		QuizQuestion first = GridKt._get(picker, 0);
		assertThat(picker.getColumns().stream().map(column -> GridKt._getFormatted(column, first)))
			.doesNotContain(first.format(), first.type());
	}

}
