package app.quarry.base.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import app.quarry.base.ui.chart.ChartOptions;
import app.quarry.base.ui.chart.DayCount;
import app.quarry.base.ui.chart.DayRate;
import app.quarry.base.ui.chart.EChart;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The dashboard's three charts with fixed sample data, for the chart browser test and its
 * screenshots. It lives in the test sources, so the app itself has no such page.
 */
@Route("charts-demo")
@PageTitle("Charts · Quarry")
@AnonymousAllowed
class ChartGalleryView extends VerticalLayout {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	ChartGalleryView() {
		add(new H2("Charts"));
		add(new H3("Reviews per day"), new EChart("Reviews per day over the last year, as a calendar heatmap",
				ChartOptions.reviewHeatmap(TODAY.minusDays(364), TODAY, sampleReviews())));
		add(new H3("Due in the next 30 days"),
				new EChart("Cards due on each of the next 30 days", ChartOptions.dueForecast(sampleForecast())));
		add(new H3("Retention"),
				new EChart("Share of reviews recalled on each of the last 30 days, against 90% desired",
						ChartOptions.retention(sampleRetention(), 0.9)));
	}

	// Deterministic shapes (no Random) so screenshots are comparable from run to run.
	private static List<DayCount> sampleReviews() {
		return IntStream.range(0, 365)
			.mapToObj(i -> new DayCount(TODAY.minusDays(i), (i % 7 == 3) ? 0 : (i * 37 % 53)))
			.toList();
	}

	private static List<DayCount> sampleForecast() {
		return IntStream.range(0, 30).mapToObj(i -> new DayCount(TODAY.plusDays(i), 40 - i + (i * 13 % 17))).toList();
	}

	private static List<DayRate> sampleRetention() {
		return IntStream.range(0, 30)
			.mapToObj(i -> new DayRate(TODAY.minusDays(29 - i), 0.82 + (i * 7 % 13) / 100.0))
			.toList();
	}

}
