package app.quarry.browser;

import static app.quarry.classroom.ClassroomTestSupport.loginOf;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.AccountFixtures;
import app.quarry.account.AccountService;
import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import app.quarry.classroom.ClassroomTestSupport;
import app.quarry.classroom.QuestionReviewService;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The start page for a visitor, a student and a teacher; a teacher approving drafts by
 * keyboard, several at once; a forgotten password, asked for on the log-in page and reset
 * by an admin to a one-time one that must be replaced. Axe passes on each page at desktop
 * and phone width; screenshots are kept.
 */
@Import(ClassroomTestSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartReviewAndResetBrowserTest extends BrowserTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String PASSWORD = "correct horse battery";

	private static final Pattern ONE_TIME = Pattern.compile("One-time password for \\S+: (\\S+) — .*");

	private static String studentLogin;

	private static String teacherLogin;

	private static String adminLogin;

	@Autowired
	AccountService accounts;

	@Autowired
	QuestionReviewService review;

	@Test
	@Order(1)
	void a_visitor_reads_what_the_material_is_and_whom_to_ask_for_a_forgotten_password() {
		studentLogin = loginOf(newActor(this.accounts, "Start Student"));
		Actor teacher = newActor(this.accounts, "Start Teacher", Role.TEACHER);
		teacherLogin = loginOf(teacher);
		adminLogin = loginOf(newActor(this.accounts, "Start Admin", Role.ADMIN));
		// the import runs with its teacher's rights, as from the review page
		AccountFixtures.logIn(teacherLogin, Role.TEACHER);
		this.review.importGift(teacher, "start.gift", """
				::one:: Which river flows through Seoul? {=Han ~Taedong ~Yalu}

				::two:: Seoul is the capital of South Korea. {T}

				::three:: Name the river through Pyongyang. {=Taedong}
				""");
		SecurityContextHolder.clearContext();

		open("");
		assertThat(text(waitFor(By.id("home-material")))).matches("Questions from \\d+ documents, \\d+ in all:");
		checkAtBothWidths("start-visitor");
		open("login");
		assertThat(text(waitFor(By.id("forgot-password"))))
			.startsWith("Forgot your password? Ask your teacher or administrator");
		checkAtBothWidths("login");
	}

	@Test
	@Order(2)
	void a_student_is_shown_the_cards_due_and_how_to_join_a_class() {
		logIn(studentLogin, PASSWORD);
		open("");
		assertThat(text(waitFor(By.id("home-due"))))
			.matches("\\d+ cards? due today, and \\d+ cards? new you may start\\.");
		assertThat(driver.findElement(By.linkText("Join your class")).getDomAttribute("href")).isEqualTo("join");
		checkAtBothWidths("start-student");
	}

	@Test
	@Order(3)
	void a_teacher_follows_the_next_steps_and_approves_two_drafts_by_keyboard() {
		logIn(teacherLogin, PASSWORD);
		open("");
		assertThat(text(waitFor(By.id("home-next-steps")))).startsWith("Add documents");
		checkAtBothWidths("start-teacher");

		driver.findElement(By.linkText("Review the drafts")).click();
		new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("teach/questions?status=draft"));
		waitForVaadin();
		checkAtBothWidths("review");
		// into the grid's first body cell (the selection box), Space, down, Space
		WebElement grid = waitFor(By.id("review-grid"));
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", grid);
		driver.executeScript("""
				const grid = arguments[0];
				const cell = grid.shadowRoot.querySelector('tbody tr:first-child td');
				cell.focus();
				""", grid);
		new Actions(driver).sendKeys(Keys.SPACE).perform();
		waitForVaadin();
		new Actions(driver).sendKeys(Keys.ARROW_DOWN, Keys.SPACE).perform();
		waitForVaadin();
		new WebDriverWait(driver, WAIT).until(d -> text(d.findElement(By.id("review-selected"))).equals("2 selected"));
		new Actions(driver).keyDown(Keys.ALT).sendKeys("a").keyUp(Keys.ALT).perform();
		new WebDriverWait(driver, WAIT)
			.until(d -> text(d.findElement(By.id("review-outcome"))).equals("2 questions approved."));
		screenshot("review-approved");

		// the filters are remembered: back through the menu, the same status is listed
		open("teach/questions");
		assertThat(driver.getCurrentUrl()).contains("status=draft");
	}

	@Test
	@Order(4)
	void an_admin_resets_a_forgotten_password_and_the_next_log_in_must_replace_it() {
		logIn(adminLogin, PASSWORD);
		open("admin/users");
		WebElement row = waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + studentLogin + "']"));
		row.click();
		WebElement reset = waitFor(By.id("reset-password"));
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", reset);
		reset.click();
		WebElement shown = waitFor(By.id("one-time-password"));
		new WebDriverWait(driver, WAIT).until(d -> ONE_TIME.matcher(text(shown)).matches());
		Matcher matcher = ONE_TIME.matcher(text(shown));
		assertThat(matcher.matches()).isTrue();
		String oneTime = matcher.group(1);
		checkAtBothWidths("users-reset");

		logIn(studentLogin, oneTime);
		open("");
		// the one-time password opens nothing but the page to replace it
		new WebDriverWait(driver, WAIT).until(d -> d.getTitle().startsWith("Change password"));
		screenshot("must-change-password");
	}

	private static void checkAtBothWidths(String name) {
		for (int width : WIDTHS) {
			resize(width);
			waitForVaadin();
			screenshot(name);
			assertThat(seriousAccessibilityViolations()).as("axe on %s at %d px", name, width).isEmpty();
		}
		resize(WIDTHS.get(0));
	}

	private void logIn(String login, String password) {
		driver.manage().deleteAllCookies();
		open("login");
		driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(login);
		driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
		new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("login"));
		waitForVaadin();
	}

	private static WebElement waitFor(By locator) {
		return new WebDriverWait(driver, WAIT).until(d -> {
			List<WebElement> found = d.findElements(locator);
			return found.isEmpty() ? null : found.get(0);
		});
	}

	private static String text(WebElement element) {
		return element.getDomProperty("textContent").replaceAll("\\s+", " ").strip();
	}

}
