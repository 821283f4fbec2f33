package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.people.Referents;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence that leans on the text before it is told with its referent named, or asked
 * where the format shows its own words, instead of being dropped; the furniture of a page
 * is never asked.
 */
class SentenceTellingTest {

	private static List<BankQuestion> questions(String title, String text, List<String> dates) {
		List<Fact> facts = new ArrayList<>();
		for (String date : dates) {
			String[] parts = date.split("=");
			for (int at = text.indexOf(parts[0]); at >= 0; at = text.indexOf(parts[0], at + 1)) {
				facts.add(new DateFact(parts[0], at, at + parts[0].length(), parts[1], false));
			}
		}
		DocumentText document = DocumentText.of(text);
		return QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("doc", title, "2020-01-01", null, null, "00"), text,
					document.sentences(), facts, Referents.of(document))));
	}

	private static List<String> prompts(List<BankQuestion> questions) {
		return questions.stream().map(BankQuestion::prompt).toList();
	}

	@Test
	void a_sentence_opening_with_she_is_told_with_the_woman_named_before_it() {
		String text = "Marta Olsen founded a bakery cooperative in the valley.\n"
				+ "She opened its first shop on March 3, 1998.\n";
		List<BankQuestion> questions = questions("Bakery", text, List.of("March 3, 1998=1998-03-03"));
		assertThat(prompts(questions)).contains("Fill in the date: Marta Olsen opened its first shop on _____.",
				"On what date did Marta Olsen open its first shop?");
		assertThat(questions).allSatisfy(
				q -> assertThat(q.source().sentence()).isEqualTo("She opened its first shop on March 3, 1998."));
	}

	@Test
	void a_news_agency_date_line_is_not_part_of_the_sentence_asked() {
		String text = "Ferry rescue\n\nPORT ELLEN, Scotland (AP) -- Crews rescued a ferry's crew on June 2, 2001.\n"
				+ "GLENVIEW (Wire) _ Its owners met on June 9, 2001.\n";
		assertThat(
				prompts(questions("Ferry rescue", text, List.of("June 2, 2001=2001-06-02", "June 9, 2001=2001-06-09"))))
			.contains("Fill in the date: Crews rescued a ferry's crew on _____.",
					"Fill in the date: Its owners met on _____.")
			.noneMatch(p -> p.contains("(AP)") || p.contains("(Wire)"));
	}

	@Test
	void a_pronoun_after_an_unnamed_person_described_in_its_sentence_is_not_told_by_an_earlier_name() {
		String text = "Paul Rivera was shot at his farm on May 2, 2001.\n"
				+ "On June 9, 2001, police asked how the gunman fled without fearing he would be seen.\n";
		assertThat(prompts(questions("Farm", text, List.of("June 9, 2001=2001-06-09"))))
			.contains("Fill in the date: On _____, police asked how the gunman fled without fearing he would be seen.")
			.noneMatch(p -> p.contains("fearing Paul Rivera"));
	}

	@Test
	void a_possessive_after_a_relative_described_in_its_sentence_is_not_told_by_an_earlier_name() {
		String text = "Lena Ortiz heard the case in Leeds on May 2, 2001.\n"
				+ "The father and his son lived in a rented flat from June 9, 2001.\n";
		assertThat(prompts(questions("Custody", text, List.of("June 9, 2001=2001-06-09"))))
			.contains("Fill in the date: The father and his son lived in a rented flat from _____.")
			.noneMatch(p -> p.contains("Ortiz's son"));
	}

	@Test
	void his_becomes_the_possessive_of_the_name() {
		String text = "Ivan Petrov trained as an engineer in Kyiv.\n"
				+ "His first bridge was finished on June 9, 1961.\n";
		assertThat(prompts(questions("Bridges", text, List.of("June 9, 1961=1961-06-09"))))
			.contains("Fill in the date: Ivan Petrov's first bridge was finished on _____.");
	}

	@Test
	void a_pronoun_that_could_mean_two_people_is_left_as_written_and_only_clozed() {
		String text = "Tom Reed met Paul Hart in Oslo.\nHe signed the treaty on May 2, 1990.\n";
		List<BankQuestion> questions = questions("Treaty", text, List.of("May 2, 1990=1990-05-02"));
		assertThat(prompts(questions)).containsExactly("Fill in the date: He signed the treaty on _____.");
	}

	@Test
	void a_sentence_opening_with_it_is_still_asked_as_a_cloze() {
		String text = "The museum reopened its north wing.\nIt was built in 1874 by the city council.\n";
		List<BankQuestion> questions = questions("Museum", text, List.of("1874=1874"));
		assertThat(questions).extracting(BankQuestion::format).containsExactly("cloze");
		assertThat(questions.get(0).prompt()).isEqualTo("Fill in the date: It was built in _____ by the city council.");
	}

	@Test
	void a_source_line_gives_no_question_and_a_headline_only_a_cloze_of_its_date() {
		String text = "Council approves new bridge on May 4, 2019\n\nThe council approved the bridge on May 4, 2019.\n"
				+ "Source: City records of May 4, 2019.\n";
		List<BankQuestion> questions = questions("Council approves new bridge on May 4, 2019", text,
				List.of("May 4, 2019=2019-05-04"));
		assertThat(questions).isNotEmpty()
			.noneMatch(q -> q.source().sentence().startsWith("Source:"))
			.filteredOn(q -> q.source().sentence().startsWith("Council approves"))
			.extracting(BankQuestion::format)
			.containsExactly("cloze");
	}

	@Test
	void a_year_alone_in_a_headline_names_an_event_and_is_not_asked() {
		String text = "Rovers win the 2019 Harbour Cup\n\nThe Rovers won the cup in Norwick.\n";
		assertThat(questions("Rovers win the 2019 Harbour Cup", text, List.of("2019=2019"))).isEmpty();
	}

	@Test
	void an_image_size_left_by_a_web_page_is_not_shown() {
		String text = "150px Harbor Freight, a tool retailer, has opened 12 stores in Ohio.\n";
		int at = text.indexOf("12 stores");
		List<BankQuestion> questions = QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("doc", "Stores", "2020-01-01", null, null, "00"),
					text, DocumentText.of(text).sentences(),
					List.of(new CountFact("12 stores", at, at + 9, 12, false, "store")))));
		assertThat(prompts(questions))
			.contains("Fill in the missing number: Harbor Freight, a tool retailer, has opened _____ stores in Ohio.");
	}

}
