package app.quarry.study.ui;

import java.util.List;
import java.util.Locale;

import app.quarry.account.AccountService;
import app.quarry.study.DocumentMastery;
import app.quarry.study.LearnerProgress.Figures;
import app.quarry.study.ProgressService;
import app.quarry.study.ProgressStatistics;
import app.quarry.study.ProgressStatistics.StateCounts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A learner's progress: what is due, the streak, true retention, the coming month's
 * workload, a year of study days, mastery per document ("mastered 12 of 40"), and the
 * statistics Anki users know: cards by state, reviews per day, intervals, answer buttons
 * and retention by interval.
 */
@Route("dashboard")
@PageTitle("Progress · Quarry")
@Menu(order = 20, title = "Progress")
@PermitAll
class DashboardView extends Main {

	DashboardView(ProgressService progress, AccountService accounts) {
		long learnerId = accounts.current().orElseThrow(() -> new IllegalStateException("not logged in")).id().value();
		addClassNames("page", "dashboard-page");
		Figures figures = progress.figures(learnerId);
		Div tiles = new Div(tile("due-today", "Due today", Integer.toString(figures.dueToday())),
				tile("new-today", "New today", Integer.toString(progress.newToday(learnerId))),
				tile("streak", "Streak", days(figures.streakDays())),
				tile("retention", "True retention (30 days)", retention(figures)));
		tiles.addClassName("dashboard-tiles");
		Anchor study = new Anchor("study", "Study now");
		study.addClassName("button-link-primary");
		add(new H1("Progress"), tiles, study);
		add(new H2("The next 30 days"), ProgressCharts.forecast(figures));
		add(new H2("Study days this year"), ProgressCharts.heatmap(figures));
		add(new H2("Mastery per document"), mastery(progress.mastery(learnerId)));
		ProgressStatistics statistics = progress.statistics(learnerId);
		add(new H2("Cards by state"), states(statistics.states()), StatisticsCharts.states(statistics.states()));
		add(new H2("Reviews per day"), StatisticsCharts.reviewsPerDay(statistics.reviewsPerDay()));
		add(new H2("Intervals"), StatisticsCharts.intervals(statistics.intervals()));
		add(new H2("Answer buttons"), StatisticsCharts.answers(statistics.answers()));
		add(new H2("Retention by interval"), StatisticsCharts.retention(statistics.retention()));
	}

	private static Div states(StateCounts states) {
		Div tiles = new Div(tile("state-new", "New", Integer.toString(states.newCards())),
				tile("state-learning", "Learning", Integer.toString(states.learning())),
				tile("state-young", "Young (under 21 days)", Integer.toString(states.young())),
				tile("state-mature", "Mature (21 days or more)", Integer.toString(states.mature())),
				tile("state-suspended", "Suspended", Integer.toString(states.suspended())));
		tiles.addClassName("dashboard-tiles");
		return tiles;
	}

	private static Div tile(String id, String label, String value) {
		Span number = new Span(value);
		number.addClassName("tile-value");
		number.setId(id);
		Span caption = new Span(label);
		caption.addClassName("tile-label");
		Div tile = new Div(number, caption);
		tile.addClassName("dashboard-tile");
		return tile;
	}

	private static String days(int days) {
		return days + ((days == 1) ? " day" : " days");
	}

	static String retention(Figures figures) {
		if (figures.trueRetention().isEmpty()) {
			return "–";
		}
		return String.format(Locale.ROOT, "%.1f%%", figures.trueRetention().getAsDouble() * 100);
	}

	private static Div mastery(List<DocumentMastery> rows) {
		Div list = new Div();
		list.addClassName("mastery-list");
		list.getElement().setAttribute("role", "list");
		for (DocumentMastery row : rows) {
			Div item = new Div();
			item.getElement().setAttribute("role", "listitem");
			item.addClassName("mastery-row");
			Span title = new Span();
			title.setText(row.title());
			title.addClassName("mastery-title");
			Div bar = new Div();
			bar.addClassName("mastery-bar");
			Div fill = new Div();
			fill.addClassName("mastery-fill");
			fill.getStyle().set("width", Math.round(row.masteredShare() * 100) + "%");
			bar.add(fill);
			bar.getElement().setAttribute("role", "img");
			bar.getElement()
				.setAttribute("aria-label", row.mature() + " of " + row.questions() + " questions mastered");
			Span figures = new Span(
					"mastered " + row.mature() + " of " + row.questions() + " · " + row.studied() + " studied");
			figures.addClassName("mastery-figures");
			item.add(title, bar, figures);
			list.add(item);
		}
		return list;
	}

}
