package app.quarry.browser;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner's main journey in a real browser: sign up, log in, study ten cards in several
 * formats with the keyboard only, and see the dashboard change; a wrong password is
 * refused with a message; the study, dashboard and login pages pass axe at desktop and
 * phone width.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearnerJourneyBrowserTest extends BrowserTest {

	private static final String LOGIN = "journey@example.org";

	private static final String PASSWORD = "correct horse battery";

	@Test
	@Order(1)
	void a_wrong_password_is_refused_with_a_message() {
		open("login");
		logIn("nobody@example.org", "not the password");
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("error"));
		waitForVaadin();
		// the form's error box lives in its shadow DOM
		Object error = driver.executeScript("""
				const form = document.querySelector('vaadin-login-form');
				if (!form || !form.error) return null;
				return form.i18n && form.i18n.errorMessage ? form.i18n.errorMessage.title : 'shown';
				""");
		assertThat(error).isNotNull();
		assertThat(error.toString()).isNotBlank();
		assertThat(driver.getCurrentUrl()).contains("login");
	}

	@Test
	@Order(2)
	void sign_up_study_ten_cards_by_keyboard_and_see_the_dashboard_change() {
		open("signup");
		field("vaadin-text-field", "Email or user name").sendKeys(LOGIN);
		field("vaadin-password-field", "Password").sendKeys(PASSWORD);
		field("vaadin-password-field", "Password again").sendKeys(PASSWORD);
		driver.findElement(By.xpath("//vaadin-button[normalize-space()='Create account']")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("login"));
		waitForVaadin();
		logIn(LOGIN, PASSWORD);
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("login"));

		open("dashboard");
		int newBefore = Integer.parseInt(driver.findElement(By.id("new-today")).getText());
		assertThat(driver.findElement(By.id("streak")).getText()).isEqualTo("0 days");

		open("study");
		screenshotAtBothWidths("study-question");
		Set<String> formats = new HashSet<>();
		for (int card = 1; card <= 10; card++) {
			String progress = driver.findElement(By.className("study-progress")).getText();
			assertThat(progress).startsWith("Card " + card + " of");
			String format = progress.substring(progress.indexOf('·') + 1).strip();
			formats.add(format);
			answerByKeyboard(format);
			if (card == 1) {
				screenshotAtBothWidths("study-feedback");
				assertThat(seriousAccessibilityViolations()).as("axe on the answered card").isEmpty();
			}
			continueByKeyboard(format);
		}
		assertThat(formats).as("formats studied").hasSizeGreaterThan(1);

		open("dashboard");
		assertThat(driver.findElement(By.id("streak")).getText()).isEqualTo("1 day");
		assertThat(Integer.parseInt(driver.findElement(By.id("new-today")).getText())).isEqualTo(newBefore - 10);
		screenshotAtBothWidths("dashboard");
	}

	@Test
	@Order(3)
	void study_dashboard_and_login_pages_have_no_serious_accessibility_violations() {
		for (int width : WIDTHS) {
			resize(width);
			open("study");
			assertThat(seriousAccessibilityViolations()).as("study at %d px", width).isEmpty();
			open("dashboard");
			assertThat(seriousAccessibilityViolations()).as("dashboard at %d px", width).isEmpty();
		}
		resize(WIDTHS.get(0));
	}

	private void answerByKeyboard(String format) {
		Actions keys = new Actions(driver);
		switch (format) {
			case "flashcard" -> keys.sendKeys(" ").perform();
			case "multiple choice" -> keys.sendKeys("1").perform();
			case "true or false" -> keys.sendKeys("t").perform();
			default -> {
				// the answer field has the focus
				keys.sendKeys("April 1, 2018").sendKeys(Keys.ENTER).perform();
			}
		}
		waitForVaadin();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> !d.findElements(By.className("study-feedback")).isEmpty());
	}

	private void continueByKeyboard(String format) {
		new Actions(driver).sendKeys(format.equals("flashcard") ? "3" : Keys.ENTER.toString()).perform();
		waitForVaadin();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElements(By.className("study-feedback")).isEmpty());
	}

	private static void screenshotAtBothWidths(String name) {
		for (int width : WIDTHS) {
			resize(width);
			waitForVaadin();
			screenshot(name);
		}
		resize(WIDTHS.get(0));
	}

	private static WebElement field(String tag, String label) {
		return driver.findElement(By.xpath("//" + tag + "[./label[normalize-space()='" + label + "']]//input"));
	}

	private static void logIn(String login, String password) {
		WebElement user = driver.findElement(By.cssSelector("#vaadinLoginUsername input"));
		user.sendKeys(login);
		WebElement secret = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
		secret.sendKeys(password);
		secret.sendKeys(Keys.ENTER);
	}

}
