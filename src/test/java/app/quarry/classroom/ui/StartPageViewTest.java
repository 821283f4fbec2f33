package app.quarry.classroom.ui;

import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.BrowserlessUi;
import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import app.quarry.classroom.ClassSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.Test;

/**
 * The start page says what the material is, how many cards are due, how a student joins a
 * class, and what a teacher does next.
 */
class StartPageViewTest extends ClassroomViewTest {

	@Test
	void a_new_student_reads_the_material_the_cards_due_and_how_to_join_a_class() {
		openAs(newActor(this.accounts, "Home Student"));

		assertThat(_get(Paragraph.class, spec -> spec.withId("home-material")).getText())
			.matches("Questions from [1-9]\\d* documents, [1-9]\\d* in all:");
		assertThat(_find(ListItem.class)).isNotEmpty();
		assertThat(_get(Paragraph.class, spec -> spec.withId("home-due")).getText())
			.matches("\\d+ cards? due today, and [1-9]\\d* cards? new you may start\\.");
		assertThat(_get(Anchor.class, spec -> spec.withText("Join your class")).getHref()).isEqualTo("join");
	}

	@Test
	void a_student_in_a_class_is_pointed_to_the_assignments_instead() {
		Actor teacher = newActor(this.accounts, "Home Teacher", Role.TEACHER);
		Actor student = newActor(this.accounts, "Home Joined");
		ClassSummary group = this.classes.create(teacher, "Home class");
		this.classes.join(student, group.joinCode().code());
		openAs(student);

		Div classroom = _get(Div.class, spec -> spec.withId("home-classroom"));
		assertThat(classroom.getElement().getTextRecursively()).contains("Home class: no assignment to take now.");
		assertThat(_get(Anchor.class, spec -> spec.withText("See your assignments")).getHref())
			.isEqualTo("assignments");
	}

	@Test
	void a_teacher_reads_the_next_steps_from_documents_to_an_assignment() {
		openAs(newActor(this.accounts, "Home Teaching", Role.TEACHER));

		OrderedList steps = _get(OrderedList.class, spec -> spec.withId("home-next-steps"));
		assertThat(steps.getChildren().map(step -> step.getElement().getTextRecursively())).hasSize(4)
			.satisfiesExactly(add -> assertThat(add).startsWith("Add documents"),
					review -> assertThat(review).startsWith("Review the drafts"),
					create -> assertThat(create).startsWith("Create a class"),
					assign -> assertThat(assign).startsWith("Set an assignment"));
		assertThat(_find(Anchor.class, spec -> spec.withText("Join your class"))).isEmpty();
	}

	/** Logging in loads a new page in the browser: log in first, then open the UI. */
	private void openAs(Actor person) {
		logIn(person);
		BrowserlessUi.start(this.context);
		UI.getCurrent().navigate("");
	}

	@Test
	void a_visitor_reads_what_the_material_is_and_no_classroom_part() {
		SecurityContextHolder.clearContext();
		UI.getCurrent().navigate("");

		assertThat(_get(Paragraph.class, spec -> spec.withId("home-material")).getText()).startsWith("Questions from");
		assertThat(_find(Div.class, spec -> spec.withId("home-classroom"))).isEmpty();
		assertThat(_find(Paragraph.class, spec -> spec.withId("home-due"))).isEmpty();
	}

}
