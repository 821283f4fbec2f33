/**
 * Charts for Quarry's views: {@link app.quarry.base.ui.chart.EChart}, a server-side
 * handle on the {@code <quarry-chart>} web component (Apache ECharts in a small Lit
 * element under {@code frontend/components/}), and
 * {@link app.quarry.base.ui.chart.ChartOptions}, which builds the option JSON for the
 * charts the dashboard draws. The option is data, never HTML.
 */
@NullMarked
package app.quarry.base.ui.chart;

import org.jspecify.annotations.NullMarked;
