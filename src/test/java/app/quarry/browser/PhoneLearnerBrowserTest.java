package app.quarry.browser;

import app.quarry.classroom.AssignmentId;
import static app.quarry.classroom.ClassroomTestSupport.loginOf;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.AccountService;
import app.quarry.account.Role;
import app.quarry.base.MovableClock;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AssignmentDraft;
import app.quarry.classroom.AssignmentService;
import app.quarry.classroom.AttemptService;
import app.quarry.classroom.ClassService;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.ClassroomTestSupport;
import app.quarry.classroom.QuestionCatalog;
import app.quarry.classroom.QuizQuestion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

/**
 * A student on a phone (360 px wide) and at a desk: an unknown or forbidden address shows
 * the app's own page; Start is within reach on the assignments page; a typed quiz answer
 * is kept without Enter; submitting asks first; the study rating buttons stay on screen.
 */
@Import(ClassroomTestSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhoneLearnerBrowserTest extends BrowserTest {

	private static final int PHONE = 360;

	private static final Instant MORNING = Instant.parse("2026-11-23T08:00:00Z");

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static String studentLogin;

	private static AssignmentId quizId;

	@Autowired
	AccountService accounts;

	@Autowired
	ClassService classes;

	@Autowired
	AssignmentService assignments;

	@Autowired
	AttemptService attempts;

	@Autowired
	QuestionCatalog catalog;

	@Autowired
	MovableClock clock;

	@Test
	@Order(1)
	void an_unknown_or_forbidden_address_shows_the_apps_own_page_not_a_bare_error() {
		this.clock.set(MORNING);
		Actor teacher = newActor(this.accounts, "Phone Teacher", Role.TEACHER);
		Actor student = newActor(this.accounts, "Phone Student");
		studentLogin = loginOf(student);
		ClassSummary group = this.classes.create(teacher, "Phones");
		this.classes.join(student, group.joinCode().code());
		List<String> typed = this.catalog.approved(null, null, "typed")
			.stream()
			.limit(3)
			.map(QuizQuestion::id)
			.toList();
		quizId = this.assignments
			.create(teacher,
					AssignmentDraft.handPicked(group.id(), "Typed on a phone", MORNING,
							MORNING.plus(Duration.ofDays(1)), typed))
			.id();

		open("no/such/page.txt");
		assertThat(driver.getCurrentUrl()).as("a visitor is asked to log in").contains("login");
		logIn(studentLogin);
		for (String address : List.of("no/such/page.txt", "no-such-page", "teach/classes")) {
			open(address);
			assertThat(text(waitFor(By.id("page-not-found")))).as(address).startsWith("There is no page at");
		}
		resize(PHONE);
		screenshot("page-not-found");
		assertThat(seriousAccessibilityViolations()).as("axe on the not-found page").isEmpty();
		resize(WIDTHS.get(0));
	}

	@Test
	@Order(2)
	void on_a_phone_start_is_within_reach_and_a_typed_answer_is_kept_without_enter() {
		resize(PHONE);
		open("assignments");
		WebElement start = waitFor(By.id("take-" + quizId));
		screenshot("assignments");
		assertThat(reachable(start)).as("Start is on screen and not covered").isTrue();
		start.click();
		new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().matches(".*/attempt/\\d+$"));
		waitForVaadin();

		WebElement first = driver.findElement(By.cssSelector("#question-0 vaadin-text-field input"));
		first.click();
		first.sendKeys("Seoul");
		// no Enter and no leaving the field: the pause in typing saves it
		pause(Duration.ofSeconds(3));
		waitForVaadin();
		assertThat(text(driver.findElement(By.id("quiz-progress")))).startsWith("1 of 3");
		driver.navigate().refresh();
		waitForVaadin();
		assertThat(driver.findElement(By.cssSelector("#question-0 vaadin-text-field")).getDomProperty("value"))
			.isEqualTo("Seoul");
		screenshot("quiz");
		assertThat(seriousAccessibilityViolations()).as("axe on the quiz at a phone's width").isEmpty();
		resize(WIDTHS.get(0));
	}

	@Test
	@Order(3)
	void submitting_asks_first_saying_how_many_are_unanswered() {
		WebElement submit = waitFor(By.id("quiz-submit"));
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
		submit.click();
		WebElement dialog = waitFor(By.id("submit-confirmation"));
		new WebDriverWait(driver, WAIT).until(d -> text(dialog).contains("2 of 3 questions are unanswered"));
		screenshot("submit-confirmation");
		assertThat(seriousAccessibilityViolations()).as("axe on the confirmation").isEmpty();
		new Actions(driver).sendKeys(Keys.ESCAPE).perform();
		waitForVaadin();
		assertThat(driver.findElements(By.id("quiz-closed"))).as("Escape keeps the attempt open").isEmpty();

		submit.click();
		waitFor(By.id("submit-confirmation"));
		// the dialog's own Submit has the focus, so Enter confirms
		new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(driver.executeScript("""
				const active = document.activeElement;
				const button = active && active.closest('vaadin-button');
				return !!button && button.id !== 'quiz-submit' && button.textContent.trim() === 'Submit';
				""")));
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("quiz-closed")).isEmpty());
		assertThat(text(driver.findElement(By.id("quiz-closed")))).startsWith("Submitted.");
	}

	@Test
	@Order(4)
	void on_a_phone_the_study_rating_buttons_stay_on_screen_after_an_answer() {
		resize(PHONE);
		open("study");
		String progress = text(waitFor(By.className("study-progress")));
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
		screenshot("study-ratings");
		List<WebElement> ratings = driver.findElements(By.className("study-rating"));
		assertThat(ratings).hasSize(4).allSatisfy(button -> assertThat(reachable(button)).isTrue());
		assertThat(seriousAccessibilityViolations()).as("axe on the answered card at a phone's width").isEmpty();
		resize(WIDTHS.get(0));
	}

	/**
	 * Whether the element is inside the viewport as it stands (without scrolling) and is
	 * what a tap at its centre reaches.
	 */
	private static boolean reachable(WebElement element) {
		return Boolean.TRUE.equals(driver.executeScript("""
				const box = arguments[0].getBoundingClientRect();
				if (box.width === 0 || box.left < 0 || box.top < 0
				    || box.right > window.innerWidth || box.bottom > window.innerHeight) return false;
				let hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				while (hit && hit.shadowRoot && hit.shadowRoot.elementFromPoint) {
				  const inner = hit.shadowRoot.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				  if (!inner || inner === hit) break;
				  hit = inner;
				}
				for (let node = hit; node; node = node.parentNode || node.host) {
				  if (node === arguments[0]) return true;
				}
				return false;
				""", element));
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void logIn(String login) {
		driver.manage().deleteAllCookies();
		open("login");
		driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(login);
		driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("correct horse battery", Keys.ENTER);
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
