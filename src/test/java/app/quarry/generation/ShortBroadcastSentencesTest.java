package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.StandardFinders;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Broadcast text tells much in sentences too short to stand alone; each is asked with the
 * sentence it leans on, so that the question still says what it is about.
 */
class ShortBroadcastSentencesTest {

	private static List<String> asked(String text) {
		DocumentText document = DocumentText.of(text);
		var facts = StandardFinders.extractor().extract(document, new ExtractionContext("t", LocalDate.of(2001, 5, 4)));
		return QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("t", "T", "2001-05-04", null, null, "00"), text,
					document.sentences(), facts)))
			.stream()
			.filter(q -> q.format().equals("cloze"))
			.map(q -> q.prompt() + " = " + q.answer())
			.toList();
	}

	@Test
	void a_spoken_year_heading_its_story_is_asked_with_the_story() {
		assertThat(asked("The river rose again this spring.\nLeeds nineteen ninety-two. A flood shuts the old mill."))
			.contains("Fill in the date: Leeds _____. A flood shuts the old mill. = nineteen ninety-two");
	}

	@Test
	void a_heading_whose_story_starts_in_the_next_paragraph_is_not_asked() {
		assertThat(asked("The river rose again this spring.\nLeeds nineteen ninety-two.\nA flood shuts the old mill."))
			.noneMatch(q -> q.contains("ninety-two"));
	}

	@Test
	void an_ellipsis_borrowing_the_verb_before_is_asked_with_that_sentence() {
		assertThat(asked("In Oslo, prices hit a six year high. In Bergen, a three year high."))
			.contains("Fill in the missing number: In Oslo, prices hit a six year high. "
					+ "In Bergen, a _____ year high. = three");
	}

	@Test
	void a_toll_of_one_is_asked_after_its_event_and_never_alone() {
		assertThat(asked("A gas main bursts on Mill Street. One person is killed.")).contains(
				"Fill in the missing number: A gas main bursts on Mill Street. _____ person/people is killed. = One");
		assertThat(asked("One person is killed.")).isEmpty();
	}

	@Test
	void a_count_whose_plural_follows_a_qualified_modifier_counts_that_plural() {
		assertThat(asked("The college has twelve hundred mostly foreign students."))
			.contains("Fill in the missing number: The college has _____ mostly foreign students. = twelve hundred");
	}

}
