package app.quarry.generation;

import static app.quarry.generation.CountQuestionsTest.clozes;
import static app.quarry.generation.CountQuestionsTest.questions;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankQuestion;
import org.junit.jupiter.api.Test;

/**
 * A number spoken in parts is blanked whole and asked by its value; a number scaled
 * elsewhere in the sentence is another number, never a blank of the same one.
 */
class SpokenNumberQuestionsTest {

	@Test
	void hundreds_with_their_tens_are_blanked_whole() {
		assertThat(clozes("By now two hundred and thirty four Canadians have climbed the peak."))
			.containsExactly("Fill in the missing number: By now _____ Canadians have climbed the peak. = 234");
	}

	@Test
	void a_half_million_is_blanked_whole_and_its_options_are_digits() {
		BankQuestion q = questions("In Vermont, about a half million homes still have no heat.").stream()
			.filter(x -> x.format().equals("multiple_choice"))
			.findFirst()
			.orElseThrow();
		assertThat(q.prompt()).contains("about _____ homes");
		assertThat(q.value()).isEqualTo("500000");
		assertThat(q.options()).contains("500,000").allMatch(o -> o.matches("\\d{3},000"));
	}

	@Test
	void a_number_scaled_elsewhere_is_not_blanked_with_the_same_word() {
		assertThat(clozes("Planners said the three days of concerts will draw some three million visitors."))
			.noneMatch(q -> q.contains("_____ million"));
	}

}
