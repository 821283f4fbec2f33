package app.quarry.classroom.ui;

import app.quarry.classroom.ClassroomAccessDenied;
import app.quarry.classroom.CurrentActor;
import app.quarry.classroom.ResultsService;
import app.quarry.classroom.StudentScore;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;

/** One student of a class, for its teacher: assignments done and scores. */
@Route(ClassroomRoutes.CLASSES + "/:classId/students/:studentId")
@PageTitle("Student · Quarry")
@RolesAllowed({ "TEACHER", "ADMIN" })
class StudentReportView extends Main implements BeforeEnterObserver {

	private final ResultsService results;

	private final CurrentActor actor;

	StudentReportView(ResultsService results, CurrentActor actor) {
		this.results = results;
		this.actor = actor;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long classId = event.getRouteParameters().getLong("classId").orElse(-1L);
		long studentId = event.getRouteParameters().getLong("studentId").orElse(-1L);
		removeAll();
		List<StudentScore> scores;
		try {
			scores = this.results.studentScores(this.actor.get(), classId, studentId);
		}
		catch (ClassroomAccessDenied ex) {
			add(new H1("Student"), new Paragraph(ex.getMessage()));
			return;
		}
		Grid<StudentScore> grid = new Grid<>();
		grid.addComponentColumn(s -> new Anchor(ClassroomRoutes.assignment(s.assignmentId()), s.title()))
			.setHeader("Assignment");
		ZoneId zone = this.actor.get().zone();
		grid.addColumn(s -> ShownTimes.format(s.dueAt(), zone)).setHeader("Due");
		grid.addColumn(StudentScore::attempts).setHeader("Attempts");
		grid.addColumn(s -> (s.grade() != null) ? ResultsView.percent(s.grade()) : "").setHeader("Grade");
		grid.addComponentColumn(s -> ResultsView.attemptLinks(s.closedAttempts()))
			.setHeader("Answers")
			.setKey("answers");
		grid.setId("student-scores");
		grid.setItems(scores);
		grid.setAllRowsVisible(true);
		Double retention = this.results.retention(this.actor.get(), classId, studentId);
		Paragraph study = new Paragraph("True retention over the last 30 days: "
				+ ((retention != null) ? ResultsView.percent(retention) : "no mature reviews yet") + ".");
		study.setId("student-retention");
		add(new H1("Student report"), study, grid);
	}

}
