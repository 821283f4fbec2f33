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
			.questions("The council will finish its review within a year.");
		assertThat(CountQuestionsTest.clozes("The council will finish its review within a year."))
			.containsExactly("Fill in the length of time: The council will finish its review within _____. = 1");
		BankQuestion choice = questions.stream()
			.filter(q -> q.format().equals("multiple_choice"))
			.findFirst()
			.orElseThrow();
		assertThat(choice.answer()).isEqualTo("a year");
		assertThat(choice.options()).containsExactly("a year", "two years", "three years", "five years");
	}

	@Test
	void a_rate_is_not_asked_as_a_length() {
		assertThat(CountQuestionsTest.clozes("The club meets once a year in the old hall.")).isEmpty();
	}

}
