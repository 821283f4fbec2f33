package app.quarry.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart. The server sets the whole ECharts option as JSON (see
 * {@link ChartOptions} for the dashboard's charts); the browser draws it, follows the
 * page's light or dark theme and resizes it with its container.
 * <p>
 * The chart is an image to assistive technology, so it always carries an aria-label that
 * says what it shows.
 */
@Tag("quarry-chart")
@NpmPackage(value = "echarts", version = EChart.ECHARTS_VERSION)
@JsModule("./components/quarry-chart.js")
public class EChart extends Component implements HasSize, HasAriaLabel {

	/** The Apache ECharts release bundled with the app. */
	public static final String ECHARTS_VERSION = "6.1.0";

	private ObjectNode option;

	/**
	 * Creates an empty chart.
	 * @param ariaLabel what the chart shows, read out by screen readers
	 */
	public EChart(String ariaLabel) {
		if (ariaLabel == null || ariaLabel.isBlank()) {
			throw new IllegalArgumentException("A chart needs an aria-label that says what it shows");
		}
		setAriaLabel(ariaLabel);
		setWidthFull();
		setHeight("300px");
	}

	/**
	 * Creates a chart showing the given option.
	 * @param ariaLabel what the chart shows, read out by screen readers
	 * @param option the ECharts option
	 */
	public EChart(String ariaLabel, ObjectNode option) {
		this(ariaLabel);
		setOption(option);
	}

	/**
	 * Replaces what the chart shows.
	 * @param option an ECharts option (plain data: no functions, no HTML)
	 */
	public void setOption(ObjectNode option) {
		this.option = option.deepCopy();
		getElement().setPropertyJson("option", this.option);
	}

	/** Returns a copy of the option last set, or {@code null} before the first one. */
	public ObjectNode getOption() {
		return (this.option != null) ? this.option.deepCopy() : null;
	}

	/**
	 * Chooses the palette; {@link ChartColorScheme#AUTO} (the default) follows the page.
	 */
	public void setColorScheme(ChartColorScheme scheme) {
		getElement().setAttribute("color-scheme", scheme.name().toLowerCase(java.util.Locale.ROOT));
	}

}
