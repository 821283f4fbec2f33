package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A length of one unit written with "a" is asked whole: "within _____" with lengths as
 * options, so that no option reads wrongly beside a singular noun.
 */
class SingleUnitQuestionsTest {

	@Test
	void a_length_of_one_unit_is_blanked_with_its_article_and_asked_among_lengths() {
		List<BankQuestion> questions = CountQuestionsTest
			.questions("The council was given an extra year to finish its review.");
		assertThat(CountQuestionsTest.clozes("The council was given an extra year to finish its review."))
			.containsExactly("Fill in the length of time: The council was given _____ to finish its review. = 1");
		BankQuestion choice = questions.stream()
			.filter(q -> q.format().equals("multiple_choice"))
			.findFirst()
			.orElseThrow();
		assertThat(choice.answer()).isEqualTo("an extra year");
		assertThat(choice.options()).containsExactly("an extra year", "two extra years", "three extra years",
				"five extra years");
	}

	@Test
	void a_plain_length_of_one_unit_is_a_round_figure_not_asked() {
		assertThat(CountQuestionsTest.clozes("The council will finish its review within a year.")).isEmpty();
		assertThat(CountQuestionsTest.clozes("A month later the ferry sailed again.")).isEmpty();
		assertThat(CountQuestionsTest.clozes("Prices halve after a decade of use.")).isEmpty();
	}

	@Test
	void a_rate_is_not_asked_as_a_length() {
		assertThat(CountQuestionsTest.clozes("The club meets once a year in the old hall.")).isEmpty();
	}

	@Test
	void a_minute_counted_on_is_the_grain_of_a_match_report_and_is_asked() {
		assertThat(CountQuestionsTest.clozes("A minute later, Jane Roe doubled the lead for Westria."))
			.containsExactly("Fill in the length of time: _____ later, Jane Roe doubled the lead for Westria. = 1");
		assertThat(CountQuestionsTest.clozes("Acme levelled through Mary Poe a minute later."))
			.containsExactly("Fill in the length of time: Acme levelled through Mary Poe _____ later. = 1");
		assertThat(CountQuestionsTest.clozes("Barely a minute later the visitors had a corner."))
			.anyMatch(q -> q.endsWith("= 1"));
	}

}
