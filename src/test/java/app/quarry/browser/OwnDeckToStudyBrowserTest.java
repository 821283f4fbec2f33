package app.quarry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import app.quarry.decks.exchange.AnkiPackage;
import app.quarry.decks.exchange.PastReview;
import app.quarry.decks.exchange.PortableCard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The self-study goal, in a real browser: a learner who signs in with an Anki deck export
 * or a PDF of their notes is studying its cards within a minute, by the clock from the
 * upload to the first card on screen. The owner then edits a card from the study page and
 * deletes the deck.
 */
class OwnDeckToStudyBrowserTest extends BrowserTest {

	private static final Duration A_MINUTE = Duration.ofSeconds(60);

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	AccountService accounts;

	@TempDir
	Path dir;

	@Test
	void a_learner_goes_from_an_anki_deck_export_to_studying_it_in_under_a_minute() throws Exception {
		Path apkg = this.dir.resolve("Korean_summits.apkg");
		Files.write(apkg, ankiDesktopExport());
		logInAsNewLearner("anki");
		open("decks");

		long start = System.nanoTime();
		upload("import-file", apkg);
		String outcome = waitForText("import-outcome", text -> text.contains("imported"));
		assertThat(outcome).isEqualTo("Korean summits: 3 cards imported, 1 with their review history.");
		click(By.linkText("Korean summits"));
		click(By.id("study-deck"));
		String prompt = firstCardPrompt();
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(prompt).isIn("Where did Kim Jong-un and Donald Trump first meet?",
				"In which year did the first summit take place?", "The second summit was held in [...].");
		assertThat(took).as("from the upload to the first card").isLessThan(A_MINUTE);
		answerAndRate();
		screenshot("own-deck-anki-studied");

		// the owner fixes the card from the study page, then deletes the deck
		click(By.className("study-edit"));
		WebElement question = waitFor(By.cssSelector("#edit-prompt textarea"));
		question.clear();
		question.sendKeys("Which city hosted the first summit?");
		click(By.id("edit-save"));
		new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("study"));
		waitFor(By.id("study-prompt"));
		open("decks");
		assertThat(seriousAccessibilityViolations()).as("axe on My decks").isEmpty();
		assertThat(waitFor(By.id("decks")).getText()).contains("Korean summits", "mastered 0 of 3");
		click(By.linkText("Korean summits"));
		assertThat(waitFor(By.id("deck-cards")).getText()).contains("Which city hosted the first summit?");
		assertThat(seriousAccessibilityViolations()).as("axe on the deck's page").isEmpty();
		click(By.id("delete-deck"));
		click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button'], "
				+ "vaadin-button[slot='confirm-button']"));
		new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("/decks"));
		waitForVaadin();
		assertThat(driver.findElement(By.id("decks")).getText()).doesNotContain("Korean summits");
	}

	@Test
	void a_learner_goes_from_a_pdf_of_their_notes_to_studying_it_in_under_a_minute() throws Exception {
		Path pdf = this.dir.resolve("summit-notes.pdf");
		Files.write(pdf, notesPdf());
		logInAsNewLearner("pdf");
		open("decks");

		long start = System.nanoTime();
		upload("document-file", pdf);
		String outcome = waitForText("document-outcome", text -> text.contains("ready to review"));
		assertThat(outcome).matches("Notes on the summits: \\d+ draft questions are ready to review\\.");
		click(By.linkText("Notes on the summits"));
		click(By.id("approve-all"));
		waitForText("deck-outcome", text -> text.endsWith("drafts approved."));
		click(By.id("study-deck"));
		String prompt = firstCardPrompt();
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(prompt).as("a question on the notes").containsAnyOf("summit", "Singapore", "Hanoi", "Kim", "Trump");
		assertThat(took).as("from the upload to the first card").isLessThan(A_MINUTE);
		answerAndRate();
		screenshot("own-deck-pdf-studied");
	}

	/**
	 * A package as Anki 2.1 exports one with "Support older Anki versions" ticked: the
	 * real collection as {@code collection.anki21}, beside a {@code collection.anki2}
	 * that only tells older versions to update. One card comes with two years old reviews
	 * (so it is due), two are new.
	 */
	private static byte[] ankiDesktopExport() throws IOException {
		Instant exported = Instant.parse("2026-11-01T00:00:00Z");
		byte[] real = AnkiPackage.write("Korean summits", List.of(
				PortableCard.basic("Where did Kim Jong-un and Donald Trump first meet?", "Singapore")
					.withReviews(List.of(new PastReview(Instant.parse("2024-10-01T09:00:00Z"), 3, 5200),
							new PastReview(Instant.parse("2024-10-04T09:00:00Z"), 3, 4100))),
				PortableCard.basic("In which year did the first summit take place?", "2018"),
				PortableCard.cloze("The second summit was held in {{c1::Hanoi}}.", "February 2019", 1)), exported);
		byte[] placeholder = AnkiPackage.write("Default", List.of(PortableCard
			.basic("Please update to the latest Anki version, then import the .colpkg/.apkg " + "file again.", "")),
				exported);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("collection.anki2"));
			zip.write(entry(placeholder, "collection.anki2"));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("collection.anki21"));
			zip.write(entry(real, "collection.anki2"));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("media"));
			zip.write("{}".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static byte[] entry(byte[] zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (e.getName().equals(name)) {
					return in.readAllBytes();
				}
			}
		}
		throw new IllegalStateException(name + " missing");
	}

	/** A one-page PDF of notes, as a word processor would print them. */
	private static byte[] notesPdf() throws IOException {
		List<String> lines = List.of("Notes on the summits", "",
				"The first summit between Kim Jong-un and Donald Trump took place in Singapore on June 12, 2018.",
				"The second summit was held in Hanoi on February 27, 2019, and ended without an agreement.");
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setTitle("Notes on the summits");
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
				text.setLeading(16);
				text.newLineAtOffset(50, 720);
				for (String line : lines) {
					text.showText(line);
					text.newLine();
				}
				text.endText();
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
	}

	private void logInAsNewLearner(String name) {
		String login = name + "-" + System.nanoTime() + "@example.org";
		this.accounts.register(new Registration(login, "Deck Learner", PASSWORD, ZoneOffset.UTC));
		// each test's learner starts signed out, whatever the test before left
		driver.manage().deleteAllCookies();
		open("login");
		driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(login);
		driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(PASSWORD, Keys.ENTER);
		new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("login"));
		waitForVaadin();
	}

	/** Picks the file in the upload component, as the file chooser would. */
	private static void upload(String uploadId, Path file) {
		WebElement upload = waitFor(By.id(uploadId));
		WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
		input.sendKeys(file.toAbsolutePath().toString());
	}

	private static String waitForText(String id, java.util.function.Predicate<String> done) {
		return new WebDriverWait(driver, A_MINUTE).until(d -> {
			List<WebElement> found = d.findElements(By.id(id));
			String text = found.isEmpty() ? "" : found.get(0).getText();
			return done.test(text) ? text : null;
		});
	}

	private static void click(By locator) {
		WebElement element = waitFor(locator);
		// the app layout scrolls its own content region, which the driver does not
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
		waitForVaadin();
	}

	private static String firstCardPrompt() {
		return waitFor(By.id("study-prompt")).getText().strip();
	}

	/** Answers the card shown (whatever its format) and rates it. */
	private static void answerAndRate() {
		String progress = waitFor(By.className("study-progress")).getDomProperty("textContent");
		String format = progress.substring(progress.indexOf('\u00b7') + 1).strip();
		Actions keys = new Actions(driver);
		switch (format) {
			case "flashcard" -> keys.sendKeys(" ").perform();
			case "multiple choice" -> keys.sendKeys("1").perform();
			case "true or false" -> keys.sendKeys("t").perform();
			default -> keys.sendKeys("Hanoi", Keys.ENTER).perform();
		}
		waitForVaadin();
		new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.className("study-rating")).isEmpty());
		assertThat(driver.findElements(By.className("study-rating"))).hasSize(4);
	}

	private static WebElement waitFor(By locator) {
		return new WebDriverWait(driver, WAIT).until(d -> {
			List<WebElement> found = d.findElements(locator);
			return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
		});
	}

}
