package app.quarry.browser;

import app.quarry.classroom.AssignmentId;
import static app.quarry.classroom.ClassroomTestSupport.loginOf;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.AccountService;
import app.quarry.account.Role;
import app.quarry.base.MovableClock;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AttemptQuestion;
import app.quarry.classroom.AttemptService;
import app.quarry.classroom.ClassroomTestSupport;
import app.quarry.classroom.QuestionCatalog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The teacher's journey in a real browser: a teacher creates a class, a student signs up
 * and joins by the code (another by the join link), the teacher sets a 10-question quiz
 * drawn from the approved bank, the student answers it by keyboard only (surviving a
 * reload) and submits, the teacher reads the grid, item analysis and CSV; a student is
 * refused the teacher's pages and another student's attempt; a submission after the due
 * time is refused with the reason, keeping the answer given in time. Axe passes on the
 * class, quiz and results pages at desktop and phone width. One browser, one session at a
 * time: switching person clears the cookies and logs in again.
 */
@Import(ClassroomTestSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeacherJourneyBrowserTest extends BrowserTest {

	private static final Instant MORNING = Instant.parse("2026-11-23T08:00:00Z");

	private static final String PASSWORD = "correct horse battery";

	private static final String STUDENT_LOGIN = "sam@example.org";

	private static final Duration WAIT = Duration.ofSeconds(20);

	// Made in one step and used in the later ones (the steps run in order).
	private static String teacherLogin;

	private static String otherLogin;

	private static long classId;

	private static String joinCode;

	private static long quizId;

	@Autowired
	AccountService accounts;

	@Autowired
	AttemptService attempts;

	@Autowired
	QuestionCatalog catalog;

	@Autowired
	MovableClock clock;

	@Test
	@Order(1)
	void a_teacher_creates_a_class_and_reads_its_join_code() {
		this.clock.set(MORNING);
		teacherLogin = loginOf(newActor(this.accounts, "Tess Teacher", Role.TEACHER));
		otherLogin = loginOf(newActor(this.accounts, "Other Student"));
		logIn(teacherLogin);
		open("teach/classes");
		input(By.id("new-class-name")).sendKeys("Korea 2018");
		driver.findElement(By.id("create-class")).click();
		By link = By.xpath("//vaadin-grid-cell-content//a[normalize-space()='Korea 2018']");
		classId = Long.parseLong(waitFor(link).getAttribute("href").replaceAll(".*/", ""));
		clickWhenReady(link);
		waitForVaadin();
		String code = text(waitFor(By.id("class-code")));
		Matcher matcher = Pattern.compile("^Join code: ([A-Z0-9]{4}-[A-Z0-9]{4}) \\(valid until .+ UTC\\)$")
			.matcher(code);
		assertThat(matcher.matches()).as(code).isTrue();
		joinCode = matcher.group(1);
		assertThat(driver.findElement(By.id("join-link")).getAttribute("href"))
			.endsWith("/join/" + joinCode.replace("-", ""));
	}

	@Test
	@Order(2)
	void a_student_signs_up_and_joins_with_the_typed_code_and_another_by_the_join_link() {
		logOut();
		open("signup");
		labelled("vaadin-text-field", "Email or user name").sendKeys(STUDENT_LOGIN);
		labelled("vaadin-text-field", "Your name (optional)").sendKeys("Sam Student");
		labelled("vaadin-password-field", "Password").sendKeys(PASSWORD);
		labelled("vaadin-password-field", "Password again").sendKeys(PASSWORD);
		driver.findElement(By.xpath("//vaadin-button[normalize-space()='Create account']")).click();
		new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("login"));
		waitForVaadin();
		logIn(STUDENT_LOGIN);
		open("join");
		input(By.id("join-code")).sendKeys(joinCode.toLowerCase(), Keys.ENTER);
		waitForText(By.id("join-outcome"), "You joined Korea 2018. See your assignments.");

		logIn(otherLogin);
		open("join/" + joinCode.replace("-", ""));
		assertThat(input(By.id("join-code")).getDomProperty("value")).isEqualTo(joinCode.replace("-", ""));
		driver.findElement(By.id("join-button")).click();
		waitForText(By.id("join-outcome"), "You joined Korea 2018. See your assignments.");
	}

	@Test
	@Order(3)
	void the_teacher_sets_ten_questions_drawn_from_the_approved_bank_due_tomorrow() {
		logIn(teacherLogin);
		open("teach/classes/" + classId);
		assertThat(cells("roster")).contains("Sam Student", "Other Student");
		screenshotAtBothWidths("teacher-class");
		assertNoSeriousAccessibilityViolationsAtBothWidths("class page");
		labelled("vaadin-text-field", "Title").sendKeys("Korea quiz");
		setDue("11/24/2026", "17:00");
		WebElement draw = labelledStarting("vaadin-integer-field", "Questions per student");
		draw.sendKeys(Keys.chord(Keys.CONTROL, "a"), "10");
		screenshotAtBothWidths("assignment-form");
		press(driver.findElement(By.id("create-assignment")));
		new WebDriverWait(driver, WAIT).until(d -> resultsLinks().size() == 1);
		quizId = resultsLinks().get(0);
		assertThat(cells("assignments")).contains("Korea quiz", "Tue 24 Nov 2026, 17:00 UTC", "10");
		screenshotAtBothWidths("teacher-class-assigned");
	}

	@Test
	@Order(4)
	void the_student_answers_all_ten_by_keyboard_survives_a_reload_and_submits() {
		logIn(STUDENT_LOGIN);
		open("assignments");
		clickWhenReady(By.id("take-" + quizId));
		new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().matches(".*/attempt/\\d+$"));
		waitForVaadin();
		long attemptId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
		Actor sam = actor(STUDENT_LOGIN);
		List<AttemptQuestion> questions = this.attempts.view(sam, attemptId).questions();
		assertThat(questions).hasSize(10);
		screenshotAtBothWidths("quiz-question");
		assertNoSeriousAccessibilityViolationsAtBothWidths("quiz page");

		new Actions(driver).sendKeys("?").perform();
		new WebDriverWait(driver, WAIT).until(d -> helpOpen());
		assertThat(shortcutHelp()).contains("1 – 9", "T / F", "Enter");
		new Actions(driver).sendKeys(Keys.ESCAPE).perform();
		// the closing dialog keeps the focus on its Close button until it is gone
		new WebDriverWait(driver, WAIT).until(d -> !helpOpen() && Boolean.TRUE.equals(driver
			.executeScript("return !document.activeElement || !document.activeElement.closest('vaadin-dialog')")));

		for (AttemptQuestion question : questions) {
			if (question.position() == 5) {
				driver.navigate().refresh();
				waitForVaadin();
				waitForText(By.id("quiz-progress"), "5 of 10 answered");
				assertThat(answersShown()).containsExactlyElementsOf(
						questions.stream().map(q -> (q.position() < 5) ? shownAnswer(q) : "").toList());
			}
			// seven right, then three wrong; thirty seconds for each
			this.clock.advance(Duration.ofSeconds(30));
			answerByKeyboard(question, question.position() < 7);
			waitForText(By.id("quiz-progress"), (question.position() + 1) + " of 10 answered");
			String next = (question.position() < 9) ? "question-" + (question.position() + 1) : "quiz-submit";
			waitForFocus(next);
		}
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		confirmSubmitByKeyboard();
		waitForText(By.id("quiz-closed"), "Submitted. Score: 7 of 10.");
	}

	@Test
	@Order(5)
	void the_teacher_sees_the_grid_the_item_analysis_and_the_csv() throws Exception {
		logIn(teacherLogin);
		open("teach/assignments/" + quizId + "/results");
		assertThat(text(driver.findElement(By.id("results-summary"))))
			.isEqualTo("1 of 2 students submitted; average 70%; average time 5 min 0 s.");
		assertThat(cells("results-grid")).contains("Sam Student", "70%", "5 min 0 s", "Other Student", "not submitted");
		assertThat(cells("item-analysis")).contains("Facility").hasSizeGreaterThan(10 * 5);
		assertThat(driver.findElements(By.xpath("//vaadin-grid[@id='item-analysis']//a"))).hasSize(10);
		screenshotAtBothWidths("results");
		assertNoSeriousAccessibilityViolationsAtBothWidths("results page");

		String csv = download(driver.findElement(By.id("grades-csv")).getAttribute("href"));
		String[] lines = csv.split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).startsWith("Login,Student,").endsWith(",Total,Percent,Time taken (s),Attempts,Submitted");
		String sam = Arrays.stream(lines)
			.filter(line -> line.startsWith(STUDENT_LOGIN + ",Sam Student,"))
			.findFirst()
			.orElseThrow();
		List<String> fields = List.of(sam.split(",", -1));
		assertThat(fields).hasSize(17);
		assertThat(fields.subList(2, 12)).containsOnly("0", "1").filteredOn("1"::equals).hasSize(7);
		assertThat(fields.subList(12, 17)).containsExactly("7", "70", "300", "1", "yes");
		assertThat(lines).contains(otherLogin + ",Other Student" + ",".repeat(14) + "0,no");
	}

	@Test
	@Order(6)
	void a_student_is_refused_the_teachers_pages_and_another_students_attempt() {
		Actor other = actor(otherLogin);
		long othersAttempt = this.attempts.start(other, AssignmentId.of(quizId)).attemptId();
		logIn(STUDENT_LOGIN);
		for (String route : List.of("teach/classes/" + classId, "teach/assignments/" + quizId + "/results")) {
			open(route);
			// one page for "no such page" and "not yours", so it tells nothing of either
			assertThat(text(waitFor(By.id("page-not-found")))).startsWith("There is no page at “" + route + "”");
			String page = driver.findElement(By.tagName("body")).getText();
			assertThat(page).as(route).doesNotContain(joinCode).doesNotContain("Korea").doesNotContain("Other Student");
			assertThat(driver.findElements(By.id("roster"))).isEmpty();
			assertThat(driver.findElements(By.id("results-grid"))).isEmpty();
		}
		open("attempt/" + othersAttempt);
		assertThat(text(waitFor(By.id("refusal")))).isEqualTo("There is no such attempt among yours.");
		assertThat(driver.findElements(By.className("quiz-question"))).isEmpty();
	}

	@Test
	@Order(7)
	void a_submission_after_the_due_time_is_refused_saying_why_and_keeping_the_answer_given_in_time() {
		this.clock.set(MORNING.plus(Duration.ofMinutes(30)));
		logIn(teacherLogin);
		open("teach/classes/" + classId);
		labelled("vaadin-text-field", "Title").sendKeys("Late quiz");
		setDue("11/23/2026", "09:00");
		labelledStarting("vaadin-integer-field", "Questions per student").sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
		press(driver.findElement(By.id("create-assignment")));
		new WebDriverWait(driver, WAIT).until(d -> resultsLinks().size() == 2);
		long lateQuiz = resultsLinks().stream().filter(id -> id != quizId).findFirst().orElseThrow();

		logIn(STUDENT_LOGIN);
		open("assignments");
		clickWhenReady(By.id("take-" + lateQuiz));
		new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().matches(".*/attempt/\\d+$"));
		waitForVaadin();
		long lateAttempt = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
		List<AttemptQuestion> questions = this.attempts.view(actor(STUDENT_LOGIN), lateAttempt).questions();
		answerByKeyboard(questions.get(0), true);
		waitForText(By.id("quiz-progress"), "1 of 3 answered");
		waitForFocus("question-1");
		// on past the two unanswered questions to the Submit button
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		waitForFocus("question-2");
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		waitForFocus("quiz-submit");

		this.clock.set(Instant.parse("2026-11-23T09:00:30Z"));
		waitForText(By.id("quiz-timer"), "Time is up; answers are no longer accepted.");
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		confirmSubmitByKeyboard();
		waitForText(By.id("quiz-refusal"), "The due time passed at 2026-11-23 09:00 UTC; answers are no longer"
				+ " accepted. The answers you gave in time were kept.");
		assertThat(text(driver.findElement(By.id("quiz-closed"))))
			.isEqualTo("Closed when the time ran out. Score: 1 of 3.");
		assertThat(text(driver.findElement(By.id("quiz-progress")))).isEqualTo("1 of 3 answered");
		assertThat(answersShown()).containsExactly(shownAnswer(questions.get(0)), "", "");
		assertThat(driver.findElements(By.id("quiz-submit"))).isEmpty();
		screenshot("quiz-refused");
	}

	@Test
	@Order(8)
	void the_teacher_adds_a_document_and_its_questions_arrive_as_drafts_with_a_summary() {
		logIn(teacherLogin);
		open("teach/documents/add");
		WebElement input = (WebElement) driver.executeScript("""
				const upload = document.getElementById('document-upload');
				return upload.querySelector('input[type=file]')
				  || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
				""");
		input.sendKeys(Path.of("src/test/resources/upload/summit-letter.md").toAbsolutePath().toString());
		WebElement add = driver.findElement(By.id("add-documents"));
		new WebDriverWait(driver, WAIT).until(d -> add.isEnabled());
		screenshotAtBothWidths("add-documents");
		press(add);
		// generation runs in the background; the page polls for its progress
		new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> !d.findElements(By.id("summary-total")).isEmpty()
				&& d.findElement(By.id("summary-total")).isDisplayed());
		assertThat(text(driver.findElement(By.id("summary-total"))))
			.matches("[1-9]\\d* questions added as drafts from 1 document\\.");
		WebElement review = driver.findElement(By.cssSelector("#summary-documents a"));
		assertThat(review.getDomAttribute("href")).startsWith("teach/questions?status=DRAFT&document=upload-");
		screenshotAtBothWidths("add-documents-summary");
		assertNoSeriousAccessibilityViolationsAtBothWidths("add-documents page");
	}

	// --- the student's keys

	private void answerByKeyboard(AttemptQuestion question, boolean right) {
		String answer = this.catalog.approved(question.questionId()).orElseThrow().answer();
		String card = "question-" + question.position();
		if (question.options().isEmpty() && !card.equals(focusedCard())) {
			// letters are typed into a field, so first Enter takes the focus to the
			// question
			new Actions(driver).sendKeys(Keys.ENTER).perform();
			waitForFocus(card);
		}
		if (question.options().isEmpty()) {
			new Actions(driver).sendKeys(right ? answer : "no idea", Keys.ENTER).perform();
			return;
		}
		int index = right ? question.options().indexOf(answer) : question.options()
			.indexOf(question.options().stream().filter(o -> !o.equals(answer)).findFirst().orElseThrow());
		assertThat(index).as("the right answer is among the options").isNotNegative();
		String option = question.options().get(index);
		boolean trueFalse = question.format().equals("true_false");
		new Actions(driver).sendKeys(trueFalse ? option.substring(0, 1) : Integer.toString(index + 1)).perform();
	}

	/** Enter on the confirmation's Submit, which takes the focus when it opens. */
	private static void confirmSubmitByKeyboard() {
		new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(driver.executeScript("""
				const button = document.activeElement && document.activeElement.closest('vaadin-button');
				return !!button && button.id !== 'quiz-submit' && button.textContent.trim() === 'Submit';
				""")));
		new Actions(driver).sendKeys(Keys.ENTER).perform();
	}

	private static void waitForFocus(String card) {
		new WebDriverWait(driver, WAIT)
			.withMessage(() -> "waiting for the focus to reach " + card + "; it is on " + driver.executeScript("""
					let active = document.activeElement;
					while (active && active.shadowRoot && active.shadowRoot.activeElement) {
					  active = active.shadowRoot.activeElement;
					}
					return active ? active.outerHTML.substring(0, 300) : 'nothing';
					"""))
			.until(d -> card.equals(focusedCard()));
	}

	/** The id of the question card (or the Submit button) holding the focus. */
	private static String focusedCard() {
		return (String) driver.executeScript("""
				let active = document.activeElement;
				while (active && active.shadowRoot && active.shadowRoot.activeElement) {
				  active = active.shadowRoot.activeElement;
				}
				if (!active) return '';
				const card = active.closest('.quiz-question, #quiz-submit');
				return card ? card.id : '';
				""");
	}

	/** The right answer of a question as its card shows it once given. */
	private String shownAnswer(AttemptQuestion question) {
		String answer = this.catalog.approved(question.questionId()).orElseThrow().answer();
		return question.options().isEmpty() ? answer : (question.options().indexOf(answer) + 1) + ". " + answer;
	}

	/**
	 * Each card's answer as the page shows it: the checked option or the field's text.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> answersShown() {
		return (List<String>) driver.executeScript("""
				return Array.from(document.querySelectorAll('.quiz-question')).map(card => {
				  const checked = card.querySelector('vaadin-radio-button[checked]');
				  const field = card.querySelector('vaadin-text-field');
				  return checked ? checked.textContent.trim() : field ? field.value : '';
				});
				""");
	}

	private static boolean helpOpen() {
		return Boolean.TRUE.equals(driver.executeScript(
				"return Array.from(document.querySelectorAll('vaadin-dialog')).some(dialog => dialog.opened)"));
	}

	private static String shortcutHelp() {
		return (String) driver.executeScript("""
				const list = document.querySelector('.shortcut-list');
				return list ? list.textContent : '';
				""");
	}

	// --- the teacher's form

	/** The assignment ids the class page links results for. */
	@SuppressWarnings("unchecked")
	private static List<Long> resultsLinks() {
		// read in one go: the grid may re-render between two element look-ups
		List<String> hrefs = (List<String>) driver.executeScript("""
				return Array.from(document.querySelectorAll('vaadin-grid#assignments a'))
				  .filter(link => link.textContent.trim() === 'Results').map(link => link.href);
				""");
		return hrefs.stream()
			.map(href -> Long.parseLong(href.replaceAll(".*/assignments/(\\d+)/results$", "$1")))
			.toList();
	}

	private static void setDue(String date, String time) {
		WebElement due = driver
			.findElement(By.xpath("//vaadin-date-time-picker[./label[starts-with(normalize-space(), 'Due')]]"));
		WebElement day = due.findElement(By.cssSelector("vaadin-date-picker input"));
		day.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ENTER);
		WebElement hour = due.findElement(By.cssSelector("vaadin-time-picker input"));
		hour.sendKeys(Keys.chord(Keys.CONTROL, "a"), time, Keys.ENTER);
		waitForVaadin();
	}

	// --- sessions

	private void logIn(String login) {
		logOut();
		open("login");
		WebElement user = driver.findElement(By.cssSelector("#vaadinLoginUsername input"));
		user.sendKeys(login);
		WebElement secret = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
		secret.sendKeys(PASSWORD, Keys.ENTER);
		new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("login"));
		waitForVaadin();
	}

	private static void logOut() {
		driver.manage().deleteAllCookies();
	}

	private Actor actor(String login) {
		var account = this.accounts.findByLogin(login).orElseThrow();
		return new Actor(account.id().value(), account.displayName(), account.has(Role.TEACHER),
				account.has(Role.ADMIN));
	}

	/** Fetches a download link with this browser's session cookie. */
	private static String download(String href) throws IOException, InterruptedException {
		String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		return response.body();
	}

	// --- finding things

	/**
	 * Clicks the element once it is there, again if the grid re-rendered it meanwhile.
	 */
	private static void clickWhenReady(By locator) {
		new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
			d.findElement(locator).click();
			return true;
		});
	}

	private static WebElement waitFor(By locator) {
		return new WebDriverWait(driver, WAIT).until(d -> {
			List<WebElement> found = d.findElements(locator);
			return found.isEmpty() ? null : found.get(0);
		});
	}

	/** Waits until the element shows exactly this text (any text when null). */
	private static void waitForText(By locator, String text) {
		new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> "waiting for " + locator + " to read " + text + "; it reads "
					+ driver.findElements(locator).stream().map(TeacherJourneyBrowserTest::text).toList())
			.until(d -> d.findElements(locator)
				.stream()
				.anyMatch(e -> (text == null) ? !text(e).isEmpty() : text(e).equals(text)));
	}

	/**
	 * The element's text whether or not it is scrolled into view (Selenium's getText is
	 * empty for what the app layout has scrolled away).
	 */
	private static String text(WebElement element) {
		return element.getDomProperty("textContent").replaceAll("\\s+", " ").strip();
	}

	/** Clicks an element after scrolling it into the middle of the app layout's view. */
	private static void press(WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private static WebElement input(By host) {
		return waitFor(host).findElement(By.cssSelector("input"));
	}

	private static WebElement labelled(String tag, String label) {
		return driver.findElement(By.xpath("//" + tag + "[./label[normalize-space()='" + label + "']]//input"));
	}

	private static WebElement labelledStarting(String tag, String label) {
		return driver
			.findElement(By.xpath("//" + tag + "[./label[starts-with(normalize-space(), '" + label + "')]]//input"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> cells(String gridId) {
		return (List<String>) driver.executeScript(
				"""
						return Array.from(document.querySelectorAll('vaadin-grid#' + arguments[0] + ' vaadin-grid-cell-content'))
						  .map(cell => cell.textContent.trim()).filter(text => text.length > 0);
						""",
				gridId);
	}

	private static void assertNoSeriousAccessibilityViolationsAtBothWidths(String page) {
		for (int width : WIDTHS) {
			resize(width);
			waitForVaadin();
			assertThat(seriousAccessibilityViolations()).as("axe on the %s at %d px", page, width).isEmpty();
		}
		resize(WIDTHS.get(0));
	}

	private static void screenshotAtBothWidths(String name) {
		for (int width : WIDTHS) {
			resize(width);
			waitForVaadin();
			screenshot(name);
		}
		resize(WIDTHS.get(0));
	}

}
