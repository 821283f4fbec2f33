package app.quarry.base.ui.chart;

/** Which palette a chart draws with. */
public enum ChartColorScheme {

	/** Follow the page: dark when Lumo's text colour is light. */
	AUTO,
	/** Always the light palette. */
	LIGHT,
	/** Always the dark palette. */
	DARK

}
