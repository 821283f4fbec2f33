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
		// due today are the forecast's first day: a learning step that ends past the
		// study day's rollover hour falls due on the next study day, not today
		assertThat(tile("due-today")).isEqualTo(forecast.getOption().at("/series/0/data/0").asText());
		EChart heatmap = _get(EChart.class, spec -> spec.withId("review-heatmap"));
		assertThat(heatmap.getOption().at("/series/0/data/0/1").asInt()).isEqualTo(3);
		assertThat(_find(Span.class, spec -> spec.withClasses("mastery-figures"))).extracting(Span::getText)
			.contains("mastered 0 of 9 · 2 studied", "mastered 0 of 3 · 1 studied");
	}

	@Test
	void the_statistics_count_cards_by_state_and_chart_reviews_answer_buttons_intervals_and_retention() {
		UI.getCurrent().navigate("study");
		StudyView study = _get(StudyView.class);
		int right = study.session().current().orElseThrow().options().indexOf("April 1, 2018");
		study.key(Integer.toString(right + 1));
		study.key("Enter");
		study.key("s");
		UI.getCurrent().navigate("dashboard");

		assertThat(tile("state-new")).isEqualTo("10");
		assertThat(tile("state-learning")).isEqualTo("1");
		assertThat(tile("state-young")).isEqualTo("0");
		assertThat(tile("state-mature")).isEqualTo("0");
		assertThat(tile("state-suspended")).isEqualTo("1");
		EChart states = _get(EChart.class, spec -> spec.withId("card-states-chart"));
		assertThat(states.getAriaLabel())
			.contains("Cards by state: new 10, learning 1, young 0, mature 0, suspended 1");
		EChart perDay = _get(EChart.class, spec -> spec.withId("reviews-per-day-chart"));
		assertThat(perDay.getOption().at("/series/0/data/29").asInt()).as("today's learning reviews").isEqualTo(1);
		EChart answers = _get(EChart.class, spec -> spec.withId("answer-buttons-chart"));
		assertThat(answers.getOption().at("/series/2/name").asString()).isEqualTo("Good");
		assertThat(answers.getOption().at("/series/2/data/0").asDouble()).as("learning cards rated good (%)")
			.isEqualTo(100.0);
		assertThat(_get(EChart.class, spec -> spec.withId("intervals-chart")).getAriaLabel().orElseThrow())
			.endsWith(": 0 cards");
		assertThat(_get(EChart.class, spec -> spec.withId("retention-by-interval-chart")).getAriaLabel().orElseThrow())
			.contains("1–6 days no reviews");
	}

}
