package app.quarry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.StoredQuestion;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A question's source link lands on its sentence, not at the top of the document. */
class SourceLinkBrowserTest extends BrowserTest {

	// Where the marked sentence is against the window and the text's own scrolling box.
	private static final String MARK_IN_VIEW = """
			const mark = document.getElementById('source-sentence');
			if (!mark) return false;
			const sentence = mark.getBoundingClientRect();
			const box = mark.parentElement.getBoundingClientRect();
			const middle = (sentence.top + sentence.bottom) / 2;
			return middle > Math.max(0, box.top) && middle < Math.min(window.innerHeight, box.bottom);
			""";

	@Autowired
	BankService bank;

	@Test
	void the_link_to_a_sentence_far_down_its_document_shows_that_sentence_at_both_widths() {
		BankQuestion deepest = this.bank.search(QuestionFilter.ANY, 0, 10_000)
			.stream()
			.map(StoredQuestion::question)
			.max(Comparator.comparingInt(q -> q.source().start()))
			.orElseThrow();
		for (int width : WIDTHS) {
			resize(width);
			open("documents/" + deepest.source().document() + "?sentence=" + deepest.source().start() + "-"
					+ deepest.source().end());
			new WebDriverWait(driver, Duration.ofSeconds(5))
				.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(MARK_IN_VIEW)));
			// and it stays there once the page has settled
			sleep(Duration.ofSeconds(1));
			assertThat(((JavascriptExecutor) driver).executeScript(MARK_IN_VIEW)).as("at %d px", width).isEqualTo(true);
			screenshot("source-link");
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
