package app.quarry.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for real-browser tests: the whole app on a random port with a fresh H2 database in
 * a temporary directory (one per test class), driven by Debian's headless Chromium
 * through its own chromedriver. Subclasses open routes, wait for Vaadin, take screenshots
 * and run axe.
 * <p>
 * Needs the production bundle in {@code target/classes}, so run browser tests without
 * {@code -P!frontend}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class BrowserTest {

	/** Desktop and phone widths every page is checked at. */
	protected static final List<Integer> WIDTHS = List.of(1280, 390);

	private static final Duration VAADIN_TIMEOUT = Duration.ofSeconds(30);

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	protected static ChromeDriver driver;

	private static Path userDataDir;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void freshDatabase(DynamicPropertyRegistry registry) {
		// A supplier: evaluated once per application context, i.e. once per test class.
		registry.add("quarry.data-dir", () -> temporaryDirectory("quarry-browser-data").toString());
	}

	@BeforeAll
	static void startBrowser() {
		if (BrowserTest.class.getResource("/META-INF/VAADIN/webapp/index.html") == null) {
			throw new IllegalStateException(
					"The production bundle is not in target/classes: build without -P!frontend before browser tests");
		}
		BrowserBinaries binaries = BrowserBinaries.locate();
		System.setProperty("webdriver.chrome.driver", binaries.chromedriver().toString());
		userDataDir = temporaryDirectory("quarry-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(binaries.chromium().toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + userDataDir);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(binaries.chromedriver().toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		resize(WIDTHS.get(0));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	/** Opens a route of the app (e.g. {@code "login"}) and waits until Vaadin is idle. */
	protected void open(String route) {
		driver.get("http://localhost:" + this.port + "/" + route);
		waitForVaadin();
	}

	/** Waits until the page has loaded and no Vaadin client is busy with the server. */
	protected static void waitForVaadin() {
		new WebDriverWait(driver, VAADIN_TIMEOUT)
			.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
					if (document.readyState !== 'complete') return false;
					const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
					if (!clients || Object.keys(clients).length === 0) return false;
					return Object.values(clients).every(client => !client.isActive || !client.isActive());
					""")));
	}

	/** Sets the browser viewport width (height 900) and lets the page settle. */
	protected static void resize(int width) {
		driver.manage().window().setSize(new Dimension(width, 900));
	}

	/**
	 * Saves a full-page screenshot as {@code target/screenshots/<name>-<width>.png}. The
	 * viewport is stretched to the page's height (including the app layout's own
	 * scrolling content region) for the picture, then restored.
	 */
	protected static Path screenshot(String name) {
		int width = driver.manage().window().getSize().getWidth();
		Number height = (Number) driver.executeScript(
				"""
						const content = document.querySelector('vaadin-app-layout')?.shadowRoot?.querySelector('[part=content]');
						const inner = content ? content.getBoundingClientRect().top + content.scrollHeight : 0;
						return Math.ceil(Math.max(document.documentElement.scrollHeight, inner));
						""");
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
				Math.min(height.intValue(), 6000), "deviceScaleFactor", 1, "mobile", false));
		try {
			waitForVaadin();
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/**
	 * The serious and critical accessibility violations axe-core finds on the current
	 * page.
	 */
	protected static List<AxeViolation> seriousAccessibilityViolations() {
		return AxeCheck.seriousViolations(driver);
	}

	private static Path temporaryDirectory(String prefix) {
		try {
			Path dir = Files.createTempDirectory(prefix);
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
