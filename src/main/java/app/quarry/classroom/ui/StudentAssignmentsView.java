package app.quarry.classroom.ui;

import app.quarry.classroom.AttemptScore;
import app.quarry.classroom.AttemptService;
import app.quarry.classroom.AttemptView;
import app.quarry.classroom.CurrentActor;
import app.quarry.classroom.StudentAssignment;
import app.quarry.classroom.TimeZones;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;

/** A student's assignments: upcoming, due, overdue and done. */
@Route(ClassroomRoutes.ASSIGNMENTS)
@PageTitle("Assignments · Quarry")
@Menu(order = 30, title = "Assignments")
@PermitAll
class StudentAssignmentsView extends Main {

	StudentAssignmentsView(AttemptService attempts, CurrentActor actor) {
		addClassName("page");
		ZoneId zone = Messages.attempt(() -> actor.get().zone(), TimeZones.UTC);
		Grid<StudentAssignment> grid = new Grid<>();
		grid.addColumn(a -> a.assignment().title()).setHeader("Assignment");
		grid.addColumn(a -> a.assignment().className()).setHeader("Class");
		grid.addColumn(a -> ShownTimes.format(a.assignment().window().opensAt(), zone)).setHeader("Opens");
		grid.addColumn(a -> ShownTimes.format(a.assignment().window().dueAt(), zone)).setHeader("Due");
		grid.addComponentColumn(a -> {
			Span status = new Span(a.status().label());
			status.getElement().getThemeList().add("badge");
			return status;
		}).setHeader("Status");
		grid.addColumn(a -> a.attemptsUsed() + " of " + a.assignment().attemptsAllowed()).setHeader("Attempts");
		grid.addColumn(a -> (a.grade() != null) ? ResultsView.percent(a.grade()) : "")
			.setHeader("Grade")
			.setTooltipGenerator(a -> a.assignment().grading().label());
		grid.addComponentColumn(StudentAssignmentsView::reviews).setHeader("Review").setKey("reviews");
		grid.addComponentColumn(a -> {
			Button take = new Button(a.takeLabel(), click -> {
				AttemptView started = Messages.attempt(() -> attempts.start(actor.get(), a.assignment().id()), null);
				if (started != null) {
					click.getSource()
						.getUI()
						.ifPresent(ui -> ui.navigate(ClassroomRoutes.attempt(started.attemptId())));
				}
			});
			take.setEnabled(a.canTake());
			take.setId("take-" + a.assignment().id());
			return take;
		}).setKey("take").setFrozenToEnd(true).setAutoWidth(true).setFlexGrow(0);
		grid.setId("my-assignments");
		// on a phone the columns scroll sideways; Start stays at the right edge, in reach
		grid.setAllRowsVisible(true);
		grid.setItems(Messages.attempt(() -> attempts.assignments(actor.get()), List.of()));
		add(new H1("Assignments"), grid);
	}

	/** A link to each closed attempt's review page, with its score once released. */
	private static Div reviews(StudentAssignment assignment) {
		Div links = new Div();
		links.addClassName("attempt-links");
		for (AttemptScore attempt : assignment.closedAttempts()) {
			String score = (attempt.fraction() != null) ? " (" + ResultsView.percent(attempt.fraction()) + ")" : "";
			Anchor link = new Anchor(ClassroomRoutes.review(attempt.attemptId()),
					"Attempt " + attempt.number() + score);
			link.setId("review-" + attempt.attemptId());
			links.add(link);
		}
		return links;
	}

}
