package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.CountFinder;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.Fact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A count blank is asked only when its own sentence does not tell the answer. */
class CountGiveawaysTest {

	private static List<BankQuestion> questions(String text) {
		DocumentText document = DocumentText.of(text);
		List<Fact> facts = new ArrayList<>(new CountFinder().find(document, new ExtractionContext("t", null)));
		return QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("t", "T", "2024-01-01", null, null, "00"), text,
					document.sentences(), facts)));
	}

	private static List<String> choices(String text) {
		return questions(text).stream()
			.filter(q -> q.format().equals("multiple_choice"))
			.map(q -> q.prompt() + " " + q.options())
			.toList();
	}

	@Test
	void the_pair_a_bilateral_story_is_about_is_no_count() {
		assertThat(CountQuestionsTest.clozes("The ministers of Ruritania and Freedonia met. "
				+ "Later the two sides signed a pact. The two leaders shook hands. "
				+ "Since then the two countries have traded grain."))
			.isEmpty();
		// a pair of men or of projects is still a count the reader learns
		assertThat(CountQuestionsTest.clozes("The two men were charged with theft."))
			.containsExactly("Fill in the missing number: The _____ men were charged with theft. = 2");
	}

	@Test
	void a_list_after_the_noun_that_counts_itself_gives_the_number_away() {
		assertThat(CountQuestionsTest
			.clozes("Three rivers, such as the Arno, the Tiber and the Po, flooded the plain in spring.")).isEmpty();
		assertThat(CountQuestionsTest.clozes("Two towns, namely Alder and Birchwood, voted no.")).isEmpty();
		assertThat(CountQuestionsTest
			.clozes("I am glad that two countries, such as the Republic of Alba and Borduria, now trade.")).isEmpty();
		// a list that names only some of them leaves the count to ask
		assertThat(CountQuestionsTest.clozes("Five towns, such as Alder and Birchwood, voted no."))
			.containsExactly("Fill in the missing number: _____ towns, such as Alder and Birchwood, voted no. = 5");
	}

	@Test
	void another_rank_of_the_same_noun_gives_the_rank_away() {
		assertThat(CountQuestionsTest.clozes("The second match must be won, as the club lost the first match badly."))
			.isEmpty();
		// ranks of different nouns each keep their blank
		assertThat(CountQuestionsTest.clozes("The second letter came during her third visit to the port."))
			.containsExactlyInAnyOrder(
					"Fill in the missing word: The _____ letter came during her third visit to the port. = 2",
					"Fill in the missing word: The second letter came during her _____ visit to the port. = 3");
	}

	@Test
	void neighbouring_minutes_of_a_match_give_each_other_nothing_away() {
		assertThat(CountQuestionsTest.clozes("Jane Roe and Mary Poe scored in the 31st minute and 32nd minute."))
			.containsExactlyInAnyOrder(
					"Fill in the missing word: Jane Roe and Mary Poe scored in the _____ minute and "
							+ "32nd minute. = 31",
					"Fill in the missing word: Jane Roe and Mary Poe scored in the 31st minute and _____ minute. = 32");
	}

	@Test
	void a_rank_of_the_same_noun_that_is_no_neighbour_gives_nothing_away() {
		assertThat(CountQuestionsTest
			.clozes("The 20th anniversary of the bridge fell on the 60th anniversary " + "of the dam."))
			.containsExactlyInAnyOrder(
					"Fill in the missing word: The _____ anniversary of the bridge fell on the 60th anniversary "
							+ "of the dam. = 20",
					"Fill in the missing word: The 20th anniversary of the bridge fell on the _____ anniversary "
							+ "of the dam. = 60");
		assertThat(CountQuestionsTest.clozes("The third match was won, after the club lost the second match badly."))
			.isEmpty();
	}

	@Test
	void the_first_step_towards_something_is_an_idiom_not_a_rank() {
		assertThat(CountQuestionsTest.clozes("She said the first step towards peace would be a ceasefire.")).isEmpty();
	}

	@Test
	void a_plural_noun_after_the_blank_keeps_one_out_of_the_options() {
		assertThat(choices("The ferry sank after the two storm surges."))
			.allMatch(c -> !c.contains("[one,") && !c.contains(" one,"));
	}

	@Test
	void a_blank_of_one_before_a_compound_noun_writes_the_whole_compound_in_either_number() {
		assertThat(CountQuestionsTest.clozes("The club grants one free parking pass for every year a member serves."))
			.containsExactly("Fill in the missing number: The club grants _____ free parking pass(es) "
					+ "for every year a member serves. = 1");
		assertThat(CountQuestionsTest.clozes("The firm hands out one spare car seat for each driver it hires."))
			.containsExactly("Fill in the missing number: The firm hands out _____ spare car seat(s) "
					+ "for each driver it hires. = 1");
	}

	@Test
	void a_singular_noun_after_a_blank_of_one_is_written_in_either_number() {
		assertThat(CountQuestionsTest.clozes("The landslide killed one shepherd near the pass."))
			.containsExactly("Fill in the missing number: The landslide killed _____ shepherd(s) near the pass. = 1");
		assertThat(CountGiveaways.either("city")).isEqualTo("city/cities");
		assertThat(CountGiveaways.either("box")).isEqualTo("box(es)");
		assertThat(CountGiveaways.either("woman")).isEqualTo("woman/women");
	}

	@Test
	void an_article_before_the_blank_is_written_a_or_an_when_an_option_takes_an() {
		assertThat(CountGiveaways.takesAn("eighth")).isTrue();
		assertThat(CountGiveaways.takesAn("11th")).isTrue();
		assertThat(CountGiveaways.takesAn("18,000")).isTrue();
		assertThat(CountGiveaways.takesAn("80th")).isTrue();
		assertThat(CountGiveaways.takesAn("110")).isFalse();
		assertThat(CountGiveaways.takesAn("seventh")).isFalse();
		assertThat(choices("The club won an eighth title in May.")).allMatch(c -> c.contains("won a(n) _____ title"));
	}

	@Test
	void a_rank_after_an_indefinite_article_has_no_first_among_its_options() {
		assertThat(choices("The club sought a third title in the spring.")).isNotEmpty()
			.allMatch(c -> !c.contains("first"));
	}

}
