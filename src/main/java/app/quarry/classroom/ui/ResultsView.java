package app.quarry.classroom.ui;

import java.util.Optional;
import app.quarry.classroom.AssignmentId;
import app.quarry.classroom.AssignmentResults;
import app.quarry.classroom.AttemptScore;
import app.quarry.classroom.ClassroomAccessDenied;
import app.quarry.classroom.CurrentActor;
import app.quarry.classroom.ItemResult;
import app.quarry.classroom.ResultsService;
import app.quarry.classroom.results.ResultsGrid;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An assignment's results: the grid, the grades CSV and the item analysis. */
@Route("teach/assignments/:assignmentId/results")
@PageTitle("Results · Quarry")
@RolesAllowed({ "TEACHER", "ADMIN" })
class ResultsView extends Main implements BeforeEnterObserver {

	private final ResultsService results;

	private final CurrentActor actor;

	ResultsView(ResultsService results, CurrentActor actor) {
		this.results = results;
		this.actor = actor;
		addClassNames("page", "results-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<AssignmentId> routed = AssignmentId.inRoute(event.getRouteParameters().getLong("assignmentId"));
		removeAll();
		AssignmentResults read;
		try {
			read = this.results.results(this.actor.get(), routed.orElseThrow(ClassroomAccessDenied::noSuchAssignment));
		}
		catch (ClassroomAccessDenied ex) {
			Paragraph refused = new Paragraph(ex.getMessage());
			refused.setId("refusal");
			add(new H1("Results"), refused);
			return;
		}
		ResultsGrid grid = read.grid();
		Paragraph summary = new Paragraph(grid.submittedRows().size() + " of " + grid.rows().size()
				+ " students submitted; average " + percent(grid.averageFraction().orElse(Double.NaN))
				+ "; average time " + time(grid.averageTimeTaken()) + ".");
		Paragraph grading = new Paragraph("Graded by: " + read.assignment().grading().label().toLowerCase(Locale.ROOT)
				+ " (" + read.assignment().attemptsAllowed() + " allowed).");
		grading.setId("results-grading");
		AssignmentId assignmentId = routed.orElseThrow();
		Anchor settings = new Anchor(ClassroomRoutes.assignment(assignmentId), "Assignment settings and questions");
		settings.setId("assignment-page");
		summary.setId("results-summary");
		Anchor csv = new Anchor(DownloadHandler.fromInputStream(download -> {
			byte[] bytes = this.results.gradesCsv(this.actor.get(), assignmentId).getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(bytes), "grades-" + assignmentId + ".csv",
					"text/csv; charset=utf-8", bytes.length);
		}), "Download grades (CSV)");
		csv.setId("grades-csv");
		add(new H1("Results: " + read.assignment().title()), summary, grading, settings, csv,
				new H2("Students × questions"), studentGrid(read), new H2("Item analysis"), itemGrid(read));
	}

	/** A link to each closed attempt's responses, with its score. */
	static Div attemptLinks(List<AttemptScore> attempts) {
		Div links = new Div();
		links.addClassName("attempt-links");
		for (AttemptScore attempt : attempts) {
			String score = (attempt.fraction() != null) ? " (" + percent(attempt.fraction()) + ")" : "";
			Anchor link = new Anchor(ClassroomRoutes.responses(attempt.attemptId()),
					"Attempt " + attempt.number() + score);
			link.setId("responses-" + attempt.attemptId());
			links.add(link);
		}
		return links;
	}

	private static Grid<ResultsGrid.Row> studentGrid(AssignmentResults read) {
		ResultsGrid grid = read.grid();
		Grid<ResultsGrid.Row> table = new Grid<>();
		table.setId("results-grid");
		table.addColumn(ResultsGrid.Row::student)
			.setHeader("Student")
			.setTooltipGenerator(ResultsGrid.Row::login)
			.setFrozen(true)
			.setAutoWidth(true);
		table.addColumn(row -> row.submitted() ? percent(row.fraction()) : "not submitted")
			.setHeader("Grade")
			.setAutoWidth(true);
		// each attempt leads to what the student answered, where a mark can be changed
		table.addComponentColumn(row -> attemptLinks(read.attemptsOf(row.studentId())))
			.setHeader("Attempts")
			.setKey("attempts")
			.setAutoWidth(true);
		table.addColumn(row -> time(row.timeTaken())).setHeader("Time").setAutoWidth(true);
		for (int q = 0; q < grid.questions().size(); q++) {
			int column = q;
			String label = grid.questions().get(column);
			// the same "Q<n>" as the item analysis below names the question by
			table.addColumn(row -> {
				Double score = row.scores().get(column);
				return (score == null) ? "" : (score == 1.0) ? "✓" : (score == 0.0) ? "✗" : "½";
			})
				.setHeader(label.split(" ", 2)[0])
				.setTooltipGenerator(row -> label)
				.setWidth("5em")
				.setFlexGrow(0)
				.setTextAlign(ColumnTextAlign.CENTER);
		}
		table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		table.setItems(grid.rows());
		table.setAllRowsVisible(true);
		return table;
	}

	private static Grid<ItemResult> itemGrid(AssignmentResults read) {
		Grid<ItemResult> table = new Grid<>();
		table.setId("item-analysis");
		table.addComponentColumn(item -> new Anchor(ClassroomRoutes.question(item.questionId()), item.label()))
			.setHeader("Question")
			.setAutoWidth(true)
			.setFrozen(true);
		// the id alone does not tell a teacher which question a flag is about
		table.addColumn(item -> (item.prompt() != null) ? item.prompt() : "(no longer approved)")
			.setHeader("Asks")
			.setWidth("22em")
			.setFlexGrow(1);
		table.addColumn(ResultsView::versions).setHeader("Version shown").setAutoWidth(true);
		table.addColumn(item -> percent(item.statistics().facility())).setHeader("Facility").setAutoWidth(true);
		table.addColumn(item -> number(item.statistics().pointBiserial()))
			.setHeader("Discrimination (r)")
			.setAutoWidth(true);
		table.addColumn(item -> number(item.statistics().upperLower()))
			.setHeader("Upper − lower 27%")
			.setAutoWidth(true);
		table.addColumn(item -> switch (item.statistics().flag()) {
			case NEGATIVE -> "Review: negative discrimination";
			case NEAR_ZERO -> "Review: near-zero discrimination";
			case OK -> "";
			case NOT_MEASURABLE -> "Not measurable yet";
		}).setHeader("Flag").setWidth("10em");
		table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		table.setItems(read.items());
		table.setAllRowsVisible(true);
		return table;
	}

	/** "v2", or "v1, v2 (now v3)" when some attempt showed an older version. */
	private static String versions(ItemResult item) {
		String seen = item.versionsSeen().stream().map(v -> "v" + v).collect(Collectors.joining(", "));
		return item.editedSince() ? seen + " (now v" + item.currentVersion() + ")" : seen;
	}

	static String percent(double fraction) {
		return Double.isNaN(fraction) ? "–" : Math.round(100 * fraction) + "%";
	}

	private static String number(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String time(Duration duration) {
		return (duration == null) ? "–" : duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
	}

}
