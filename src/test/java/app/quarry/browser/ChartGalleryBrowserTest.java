package app.quarry.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart component draws in a real browser, at desktop and phone width, accessibly.
 */
class ChartGalleryBrowserTest extends BrowserTest {

	// For each <quarry-chart>: its canvas size and how many pixels were painted.
	private static final String CHART_PAINT = """
			return Array.from(document.querySelectorAll('quarry-chart')).map(chart => {
			  const canvas = chart.shadowRoot && chart.shadowRoot.querySelector('canvas');
			  if (!canvas) return { label: chart.getAttribute('aria-label'), width: 0, height: 0, painted: 0 };
			  const box = canvas.getBoundingClientRect();
			  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
			  let painted = 0;
			  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
			  return { label: chart.getAttribute('aria-label'), width: Math.round(box.width),
			           height: Math.round(box.height), painted };
			});
			""";

	@Test
	void the_three_dashboard_charts_are_drawn_at_desktop_and_phone_width() {
		for (int width : WIDTHS) {
			resize(width);
			open("charts-demo");
			new WebDriverWait(driver, Duration.ofSeconds(20))
				.until(d -> charts().size() == 3 && charts().stream().allMatch(chart -> painted(chart) > 1000));
			List<Map<String, Object>> charts = charts();
			assertThat(charts).extracting(chart -> chart.get("label"))
				.containsExactly("Reviews per day over the last year, as a calendar heatmap",
						"Cards due on each of the next 30 days",
						"Share of reviews recalled on each of the last 30 days, against 90% desired");
			assertThat(charts).allSatisfy(chart -> {
				assertThat(((Number) chart.get("width")).intValue()).isBetween(width / 2, width);
				assertThat(((Number) chart.get("height")).intValue()).isEqualTo(300);
			});
			screenshot("charts-demo");
		}
	}

	@Test
	void the_charts_page_has_no_serious_accessibility_violations() {
		for (int width : WIDTHS) {
			resize(width);
			open("charts-demo");
			assertThat(seriousAccessibilityViolations()).as("axe at %d px", width).isEmpty();
		}
	}

	@Test
	void the_login_page_has_no_serious_accessibility_violations() {
		for (int width : WIDTHS) {
			resize(width);
			open("login");
			screenshot("login");
			assertThat(seriousAccessibilityViolations()).as("axe at %d px", width).isEmpty();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> charts() {
		return (List<Map<String, Object>>) driver.executeScript(CHART_PAINT);
	}

	private static long painted(Map<String, Object> chart) {
		return ((Number) chart.get("painted")).longValue();
	}

}
