package app.quarry.classroom.ui;

import java.util.Optional;
import app.quarry.classroom.AssignmentId;
import app.quarry.classroom.AssignedQuestion;
import app.quarry.classroom.AssignmentDetails;
import app.quarry.classroom.AssignmentService;
import app.quarry.classroom.AssignmentSummary;
import app.quarry.classroom.ClassroomAccessDenied;
import app.quarry.classroom.CurrentActor;
import app.quarry.classroom.PickableQuestions;
import app.quarry.classroom.QuizQuestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * One assignment for its teacher: its settings, its questions (the hand-picked ones, or
 * the pool they are drawn from), its results, an edit until it opens and a delete after a
 * confirmation.
 */
@Route("teach/assignments/:assignmentId")
@PageTitle("Assignment · Quarry")
@RolesAllowed({ "TEACHER", "ADMIN" })
class AssignmentView extends Main implements BeforeEnterObserver {

	private final AssignmentService assignments;

	private final PickableQuestions pickable;

	private final CurrentActor actor;

	private final Clock clock;

	private Optional<AssignmentId> assignmentId = Optional.empty();

	AssignmentView(AssignmentService assignments, PickableQuestions pickable, CurrentActor actor, Clock clock) {
		this.pickable = pickable;
		this.assignments = assignments;
		this.actor = actor;
		this.clock = clock;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.assignmentId = AssignmentId.inRoute(event.getRouteParameters().getLong("assignmentId"));
		show();
	}

	private void show() {
		removeAll();
		AssignmentDetails details;
		ZoneId zone;
		try {
			zone = this.actor.get().zone();
			details = this.assignments.details(this.actor.get(),
					this.assignmentId.orElseThrow(ClassroomAccessDenied::noSuchAssignment));
		}
		catch (ClassroomAccessDenied ex) {
			Paragraph refused = new Paragraph(ex.getMessage());
			refused.setId("refusal");
			add(new H1("Assignment"), refused);
			return;
		}
		AssignmentSummary summary = details.summary();
		Anchor back = new Anchor(ClassroomRoutes.classPage(summary.classId()), "Back to " + summary.className());
		Anchor results = new Anchor(ClassroomRoutes.results(summary.id()), "Results");
		results.setId("assignment-results");
		Button edit = new Button("Edit", click -> openEditor(details, zone));
		edit.setId("edit-assignment");
		edit.setEnabled(details.editable());
		Button delete = new Button("Delete", click -> new DeleteAssignmentDialog(details, this::delete).open());
		delete.setId("delete-assignment");
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		Div actions = new Div(results, edit, delete);
		actions.addClassName("class-join");
		add(new H1(summary.title()), back, new AssignmentSettings(summary, zone), actions);
		if (!details.editable()) {
			Paragraph locked = new Paragraph("It has opened, so it can no longer be edited: students may have seen"
					+ " it. Delete it and set a new one to change it.");
			locked.setId("edit-locked");
			add(locked);
		}
		add(new H2(questionsHeading(summary)), questions(details));
	}

	private static String questionsHeading(AssignmentSummary summary) {
		return (summary.questionsPerStudent() >= summary.poolSize()) ? "Questions" : "Questions ("
				+ summary.questionsPerStudent() + " drawn for each student from these " + summary.poolSize() + ")";
	}

	private static Grid<AssignedQuestion> questions(AssignmentDetails details) {
		Grid<AssignedQuestion> grid = new Grid<>();
		grid.setId("assignment-questions");
		grid.addColumn(q -> "Q" + q.number()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
		grid.addColumn(q -> shown(q, QuizQuestion::prompt, "(no longer approved: left out of new attempts)"))
			.setHeader("Question")
			.setWidth("16em")
			.setFlexGrow(3);
		grid.addColumn(q -> shown(q, QuizQuestion::answer, "")).setHeader("Answer").setWidth("8em").setFlexGrow(1);
		grid.addColumn(q -> shown(q, QuizQuestion::format, "")).setHeader("Format").setAutoWidth(true);
		grid.addComponentColumn(q -> new Anchor(ClassroomRoutes.question(q.id()), "History"))
			.setHeader("Versions")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setItems(details.questions());
		grid.setAllRowsVisible(true);
		return grid;
	}

	private static String shown(AssignedQuestion question, Function<QuizQuestion, String> field, String otherwise) {
		QuizQuestion current = question.current();
		return (current != null) ? field.apply(current) : otherwise;
	}

	private void openEditor(AssignmentDetails details, ZoneId zone) {
		new EditAssignmentDialog(details, this.clock.instant(), zone, this.pickable, this.actor.get(), draft -> {
			AssignmentSummary saved = Messages
				.attempt(() -> this.assignments.update(this.actor.get(), this.assignmentId.orElseThrow(), draft), null);
			if (saved == null) {
				return false;
			}
			Messages.done("\u201c" + saved.title() + "\u201d saved.");
			show();
			return true;
		}).open();
	}

	private void delete() {
		Long classId = Messages.attempt(() -> {
			long owner = this.assignments.get(this.actor.get(), this.assignmentId.orElseThrow()).classId();
			this.assignments.delete(this.actor.get(), this.assignmentId.orElseThrow());
			return owner;
		}, null);
		if (classId != null) {
			Messages.done("Assignment deleted.");
			getUI().ifPresent(ui -> ui.navigate(ClassroomRoutes.classPage(classId)));
		}
	}

}
