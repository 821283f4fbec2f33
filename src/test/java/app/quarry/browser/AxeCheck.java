package app.quarry.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Runs axe-core (bundled under {@code src/test/resources/axe/}) in the current page. */
final class AxeCheck {

	private static final String AXE_SOURCE = load();

	// Shadow DOM included: axe walks open shadow roots (Vaadin components, quarry-chart)
	// itself.
	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
			  .then(result => done(JSON.stringify(result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
			                 nodes: v.nodes.map(n => JSON.stringify(n.target)) })))))
			  .catch(error => done(JSON.stringify({ error: String(error) })));
			""";

	private AxeCheck() {
	}

	/** The serious and critical violations on the page the driver shows now. */
	static List<AxeViolation> seriousViolations(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
			js.executeScript(AXE_SOURCE);
		}
		String json = (String) js.executeAsyncScript(RUN);
		if (json.startsWith("{")) {
			throw new IllegalStateException("axe-core failed in the page: " + json);
		}
		return JsonMapper.shared().readValue(json, new TypeReference<List<AxeViolation>>() {
		});
	}

	private static String load() {
		try (InputStream in = Objects.requireNonNull(AxeCheck.class.getResourceAsStream("/axe/axe.min.js"),
				"axe/axe.min.js is missing from the test resources")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
