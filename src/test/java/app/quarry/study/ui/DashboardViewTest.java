package app.quarry.study.ui;

import app.quarry.base.ui.chart.EChart;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The progress page before and after studying. */
class DashboardViewTest extends StudyViewTestBase {

	private String tile(String id) {
		return _get(Span.class, spec -> spec.withId(id)).getText();
	}

	@Test
	void a_new_learner_has_nothing_due_a_full_new_card_allowance_and_no_streak() {
		UI.getCurrent().navigate("dashboard");
		assertThat(tile("due-today")).isEqualTo("0");
		// the sample bank has 12 questions, fewer than the 20 new cards a day allowed
		assertThat(tile("new-today")).isEqualTo("12");
		assertThat(tile("streak")).isEqualTo("0 days");
		assertThat(tile("retention")).isEqualTo("–");
	}

	@Test
	void studying_three_cards_changes_the_figures_the_forecast_and_the_heatmap() {
		UI.getCurrent().navigate("study");
		StudyView study = _get(StudyView.class);
		int right = study.session().current().orElseThrow().options().indexOf("April 1, 2018");
		study.key(Integer.toString(right + 1));
		study.key("Enter");
		study.submitTyped("April 1, 2018");
		study.key("Enter");
		study.submitTyped("Sanders");
		study.key("Enter");
		UI.getCurrent().navigate("dashboard");
		assertThat(tile("new-today")).isEqualTo("9");
		assertThat(tile("streak")).isEqualTo("1 day");
		EChart forecast = _get(EChart.class, spec -> spec.withId("forecast-chart"));
		int forecastTotal = 0;
		for (var day : forecast.getOption().at("/series/0/data")) {
			forecastTotal += day.asInt();
		}
		// a new card's first right answer is rated Good however quick (never Easy: it may
		// be a guess), so all three come back within the day for a learning step
		assertThat(forecastTotal).isEqualTo(3);
		assertThat(tile("due-today")).isEqualTo("3");
		EChart heatmap = _get(EChart.class, spec -> spec.withId("review-heatmap"));
		assertThat(heatmap.getOption().at("/series/0/data/0/1").asInt()).isEqualTo(3);
		assertThat(_find(Span.class, spec -> spec.withClasses("mastery-figures"))).extracting(Span::getText)
			.contains("0 mastered · 2 studied · 9 questions", "0 mastered · 1 studied · 3 questions");
	}

}
