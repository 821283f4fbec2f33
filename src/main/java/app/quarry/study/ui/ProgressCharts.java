package app.quarry.study.ui;

import java.util.List;

import app.quarry.base.ui.chart.ChartOptions;
import app.quarry.base.ui.chart.DayCount;
import app.quarry.base.ui.chart.EChart;
import app.quarry.study.LearnerProgress.DayTotal;
import app.quarry.study.LearnerProgress.Figures;
import com.vaadin.flow.component.Component;

/** The dashboard's charts, drawn by ECharts through the shared chart component. */
final class ProgressCharts {

	private ProgressCharts() {
	}

	static Component forecast(Figures figures) {
		int total = figures.forecast().stream().mapToInt(DayTotal::count).sum();
		EChart chart = new EChart("Cards due on each of the next 30 days: " + total + " in all",
				ChartOptions.dueForecast(counts(figures.forecast())));
		chart.addClassName("dashboard-chart");
		chart.setId("forecast-chart");
		return chart;
	}

	static Component heatmap(Figures figures) {
		long days = figures.reviewsPerDay().stream().filter(day -> day.count() > 0).count();
		EChart chart = new EChart("Reviews per study day over the last year: studied on " + days + " days",
				ChartOptions.reviewHeatmap(figures.today().minusYears(1).plusDays(1), figures.today(),
						counts(figures.reviewsPerDay())));
		chart.addClassName("dashboard-heatmap");
		chart.setId("review-heatmap");
		return chart;
	}

	private static List<DayCount> counts(List<DayTotal> totals) {
		return totals.stream().map(total -> new DayCount(total.day(), total.count())).toList();
	}

}
