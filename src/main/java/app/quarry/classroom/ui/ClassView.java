package app.quarry.classroom.ui;

import app.quarry.classroom.Actor;
import app.quarry.classroom.AssignmentService;
import app.quarry.classroom.AssignmentSummary;
import app.quarry.classroom.ClassService;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.ClassroomAccessDenied;
import app.quarry.classroom.CurrentActor;
import app.quarry.classroom.PickableQuestions;
import app.quarry.classroom.RosterEntry;
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

/**
 * One class for its teacher: join code and link, roster, assignments, a new assignment.
 */
@Route(ClassroomRoutes.CLASSES + "/:classId")
@PageTitle("Class · Quarry")
@RolesAllowed({ "TEACHER", "ADMIN" })
class ClassView extends Main implements BeforeEnterObserver {

	private final ClassService classes;

	private final AssignmentService assignments;

	private final PickableQuestions pickable;

	private final CurrentActor actor;

	private final Clock clock;

	private long classId;

	ClassView(ClassService classes, AssignmentService assignments, PickableQuestions pickable, CurrentActor actor,
			Clock clock) {
		this.pickable = pickable;
		this.classes = classes;
		this.assignments = assignments;
		this.actor = actor;
		this.clock = clock;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.classId = event.getRouteParameters().getLong("classId").orElse(-1L);
		show();
	}

	private void show() {
		removeAll();
		ClassSummary summary;
		Actor me;
		try {
			me = this.actor.get();
			summary = this.classes.get(me, this.classId);
		}
		catch (ClassroomAccessDenied ex) {
			Paragraph refused = new Paragraph(ex.getMessage());
			refused.setId("refusal");
			add(new H1("Class"), refused);
			return;
		}
		ZoneId zone = me.zone();
		Paragraph code = new Paragraph("Join code: " + summary.joinCode().display() + " (valid until "
				+ ShownTimes.format(summary.joinCode().expiresAt(), zone) + ")");
		code.setId("class-code");
		Anchor link = new Anchor(summary.joinPath(), "Join link: /" + summary.joinPath());
		link.setId("join-link");
		Button regenerate = new Button("New code", click -> {
			Messages.attempt(() -> this.classes.regenerateCode(this.actor.get(), this.classId), null);
			show();
		});
		Div join = new Div(link, regenerate);
		join.addClassName("class-join");
		add(new H1(summary.name()), code, join, new H2("Students"), roster(zone), new H2("Assignments"),
				assignmentGrid(zone), new H2("New assignment"));
		AssignmentForm form = new AssignmentForm(this.clock.instant(), zone, this.pickable, me);
		Button create = new Button("Set assignment", click -> {
			AssignmentSummary created = Messages
				.attempt(() -> this.assignments.create(this.actor.get(), form.draft(this.classId)), null);
			if (created != null) {
				Messages.done("\"" + created.title() + "\" set: " + created.questionsPerStudent()
						+ " questions per student from " + created.poolSize() + ".");
				show();
			}
		});
		create.setId("create-assignment");
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(form, create);
	}

	private Grid<RosterEntry> roster(ZoneId zone) {
		Grid<RosterEntry> grid = new Grid<>();
		grid.setId("roster");
		grid.addComponentColumn(s -> new Anchor(ClassroomRoutes.student(this.classId, s.studentId()), s.name()))
			.setHeader("Student")
			.setFlexGrow(2);
		grid.addColumn(s -> ShownTimes.format(s.joinedAt(), zone)).setHeader("Joined").setFlexGrow(2);
		grid.addComponentColumn(s -> {
			Button remove = new Button("Remove", click -> {
				Messages.attempt(() -> {
					this.classes.removeStudent(this.actor.get(), this.classId, s.studentId());
					return Boolean.TRUE;
				}, Boolean.FALSE);
				show();
			});
			remove.addThemeVariants(ButtonVariant.LUMO_SMALL);
			remove.setAriaLabel("Remove " + s.name());
			return remove;
		}).setAutoWidth(true).setFlexGrow(0);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setEmptyStateText("No students yet: give them the join code or link.");
		grid.setItems(this.classes.roster(this.actor.get(), this.classId));
		grid.setAllRowsVisible(true);
		return grid;
	}

	private Grid<AssignmentSummary> assignmentGrid(ZoneId zone) {
		Grid<AssignmentSummary> grid = new Grid<>();
		grid.setId("assignments");
		// wide enough for a time on two lines; on a phone the grid scrolls sideways with
		// the title kept in view
		grid.addComponentColumn(a -> new Anchor(ClassroomRoutes.assignment(a.id()), a.title()))
			.setHeader("Title")
			.setWidth("8em")
			.setFlexGrow(2)
			.setFrozen(true);
		grid.addColumn(a -> ShownTimes.format(a.window().opensAt(), zone)).setHeader("Opens").setWidth("9em");
		grid.addColumn(a -> ShownTimes.format(a.window().dueAt(), zone)).setHeader("Due").setWidth("9em");
		grid.addColumn(AssignmentSummary::questionsPerStudent).setHeader("Questions").setAutoWidth(true).setFlexGrow(0);
		grid.addComponentColumn(a -> new Anchor(ClassroomRoutes.results(a.id()), "Results"))
			.setHeader("Results")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setEmptyStateText("No assignments yet: set one below.");
		grid.setItems(this.assignments.forClass(this.actor.get(), this.classId));
		grid.setAllRowsVisible(true);
		return grid;
	}

}
