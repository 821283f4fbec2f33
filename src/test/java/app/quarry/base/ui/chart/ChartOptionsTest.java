package app.quarry.base.ui.chart;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChartOptionsTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

	@Test
	void the_heatmap_puts_each_day_in_range_on_the_calendar_and_scales_to_the_busiest_day() {
		ObjectNode option = ChartOptions.reviewHeatmap(DAY.minusDays(364), DAY, List.of(new DayCount(DAY, 12),
				new DayCount(DAY.minusDays(1), 30), new DayCount(DAY.minusDays(400), 99)));

		assertThat(option.get("calendar").get("range").toString()).isEqualTo("[\"2025-11-23\",\"2026-11-22\"]");
		assertThat(option.get("series").get(0).get("data").toString())
			.isEqualTo("[[\"2026-11-22\",12],[\"2026-11-21\",30]]");
		assertThat(option.get("visualMap").get("max").asInt()).isEqualTo(30);
	}

	@Test
	void a_heatmap_longer_than_a_year_is_refused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChartOptions.reviewHeatmap(DAY.minusYears(2), DAY, List.of()))
			.withMessage("A review heatmap spans one day to one year, got 2024-11-22 to 2026-11-22");
	}

	@Test
	void the_forecast_has_one_bar_per_day_labelled_with_the_date() {
		ObjectNode option = ChartOptions.dueForecast(List.of(new DayCount(DAY, 5), new DayCount(DAY.plusDays(1), 0)));

		assertThat(option.get("xAxis").get("data").toString()).isEqualTo("[\"22 Nov\",\"23 Nov\"]");
		assertThat(option.get("series").get(0).get("data").toString()).isEqualTo("[5,0]");
	}

	@Test
	void retention_is_drawn_in_percent_beside_the_desired_retention() {
		ObjectNode option = ChartOptions.retention(List.of(new DayRate(DAY, 0.8765), new DayRate(DAY.plusDays(1), 1.0)),
				0.9);

		assertThat(option.get("series").get(0).get("data").toString()).isEqualTo("[87.7,100.0]");
		assertThat(option.get("series").get(1).get("data").toString()).isEqualTo("[90.0,90.0]");
		assertThat(option.get("series").get(1).get("lineStyle").get("type").asString()).isEqualTo("dashed");
	}

	@Test
	void a_chart_without_an_aria_label_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EChart(" "))
			.withMessage("A chart needs an aria-label that says what it shows");
	}

	@Test
	void a_chart_carries_its_aria_label_and_option_to_the_browser() {
		EChart chart = new EChart("Cards due", ChartOptions.dueForecast(List.of(new DayCount(DAY, 3))));

		assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Cards due");
		assertThat(chart.getOption().get("series").get(0).get("data").toString()).isEqualTo("[3]");
	}

}
