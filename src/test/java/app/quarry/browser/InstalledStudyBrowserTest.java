package app.quarry.browser;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as a phone's home-screen app: the page links its manifest, the service worker
 * takes control, and on a 375 × 812 screen the answer buttons sit at the bottom, within a
 * thumb's reach, with undo a tap away.
 */
class InstalledStudyBrowserTest extends BrowserTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	AccountService accounts;

	@Test
	void on_a_phone_the_app_is_installable_and_the_answer_buttons_are_pinned_at_the_bottom() {
		String login = "phone-" + System.nanoTime() + "@example.org";
		this.accounts.register(new Registration(login, "Phone Learner", "correct horse battery", ZoneOffset.UTC));
		driver.manage().window().setSize(new Dimension(375, 812));
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
		open("login");
		assertThat(driver.findElements(By.cssSelector("link[rel=manifest][href$='manifest.webmanifest']")))
			.as("the login page links the manifest")
			.hasSize(1);
		driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(login);
		driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("correct horse battery", Keys.ENTER);
		new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("login"));
		waitForVaadin();
		Object scope = driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.ready.then(r => done(r.scope)).catch(e => done('failed: ' + e));
				""");
		assertThat(String.valueOf(scope)).as("the service worker's scope is the whole app")
			.endsWith(":" + driver.getCurrentUrl().split(":")[2].split("/")[0] + "/");

		open("study");
		String progress = waitFor(By.className("study-progress")).getDomProperty("textContent");
		shot("installed-study-question");
		String format = progress.substring(progress.indexOf('·') + 1).strip();
		Actions keys = new Actions(driver);
		switch (format) {
			case "flashcard" -> keys.sendKeys(" ").perform();
			case "multiple choice" -> keys.sendKeys("1").perform();
			case "true or false" -> keys.sendKeys("t").perform();
			default -> keys.sendKeys("April 1, 2018", Keys.ENTER).perform();
		}
		waitForVaadin();
		new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.className("study-rating")).isEmpty());
		waitForVaadin();
		shot("installed-study-answered");

		List<WebElement> ratings = driver.findElements(By.className("study-rating"));
		assertThat(ratings).hasSize(4);
		for (WebElement rating : ratings) {
			Map<String, Object> box = box(rating);
			assertThat(((Number) box.get("bottom")).doubleValue()).as("within the screen").isLessThanOrEqualTo(812);
			assertThat(((Number) box.get("top")).doubleValue()).as("in the bottom fifth, within a thumb's reach")
				.isGreaterThan(812 * 0.8);
			assertThat(((Number) box.get("height")).doubleValue()).as("a finger-sized target")
				.isGreaterThanOrEqualTo(40);
		}
		WebElement undo = driver.findElement(By.className("study-undo"));
		assertThat(((Number) box(undo).get("right")).doubleValue()).as("the controls fit the width")
			.isLessThanOrEqualTo(375);
		assertThat(seriousAccessibilityViolations()).as("axe on the answered card at 375 px").isEmpty();
		keys.sendKeys(Keys.ENTER).perform();
		waitForVaadin();
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		open("dashboard");
		waitFor(By.id("answer-buttons-chart"));
		screenshot("installed-dashboard");
		assertThat(seriousAccessibilityViolations()).as("axe on the statistics at 375 px").isEmpty();
		resize(WIDTHS.get(0));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> box(WebElement element) {
		return (Map<String, Object>) driver.executeScript("""
				const box = arguments[0].getBoundingClientRect();
				return {top: box.top, bottom: box.bottom, right: box.right, height: box.height};
				""", element);
	}

	/** A screenshot of the screen as the phone shows it (not stretched to the page). */
	private static void shot(String name) {
		try {
			java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
			java.nio.file.Files.createDirectories(dir);
			java.nio.file.Files.write(dir.resolve(name + "-375x812.png"),
					driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static WebElement waitFor(By locator) {
		return new WebDriverWait(driver, WAIT).until(d -> {
			List<WebElement> found = d.findElements(locator);
			return found.isEmpty() ? null : found.get(0);
		});
	}

}
