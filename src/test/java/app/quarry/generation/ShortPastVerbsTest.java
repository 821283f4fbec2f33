package app.quarry.generation;

import static app.quarry.generation.CountQuestionsTest.clozes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Past forms of four letters ("died", "laid", "fled", "sued") carry a sentence as any
 * longer past form does: the sentence is a statement, and its numbers are asked.
 */
class ShortPastVerbsTest {

	@Test
	void a_sentence_whose_only_verb_is_a_short_past_form_is_a_statement() {
		assertThat(Statement.isStatement("Nine people died in the fire at the port.")).isTrue();
		assertThat(Statement.isStatement("A few hundred farmers laid a wreath at the gate.")).isTrue();
		assertThat(Statement.isStatement("Two families fled across the river.")).isTrue();
		assertThat(VerbForms.base("died")).isEqualTo("die");
	}

	@Test
	void its_count_is_asked() {
		assertThat(clozes("Nine people, none of them children, died in the fire at the port."))
			.containsExactly("Fill in the missing number: _____ people, none of them children, died in the fire at the "
					+ "port. = 9");
	}

}
