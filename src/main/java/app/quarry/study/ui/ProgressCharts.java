package app.quarry.study.ui;

import app.quarry.study.LearnerProgress.Figures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The dashboard's charts. */
final class ProgressCharts {

	private ProgressCharts() {
	}

	static Component forecast(Figures figures) {
		int total = figures.forecast().stream().mapToInt(day -> day.count()).sum();
		Div chart = new Div(new Span(total + " reviews fall due in the next 30 days."));
		chart.addClassName("dashboard-chart");
		return chart;
	}

	static Component heatmap(Figures figures) {
		long days = figures.reviewsPerDay().stream().filter(day -> day.count() > 0).count();
		Div chart = new Div(new Span("Studied on " + days + " days this year."));
		chart.addClassName("dashboard-chart");
		return chart;
	}

}
