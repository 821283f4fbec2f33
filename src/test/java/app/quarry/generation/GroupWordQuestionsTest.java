package app.quarry.generation;

import static app.quarry.generation.CountQuestionsTest.questions;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankQuestion;
import org.junit.jupiter.api.Test;

/**
 * A count told by a group word is asked with the whole phrase blanked: the number word
 * fills the blank as well as the group word does, and the options are group words that
 * all read rightly before the plural.
 */
class GroupWordQuestionsTest {

	@Test
	void the_group_phrase_is_blanked_and_offered_among_group_words() {
		BankQuestion choice = questions("The ferry hit a pair of floating logs near the pier on Monday.").stream()
			.filter((q) -> q.format().equals("multiple_choice"))
			.findFirst()
			.orElseThrow();
		assertThat(choice.prompt())
			.isEqualTo("Which words complete the sentence? The ferry hit _____ floating logs near the pier on Monday.");
		assertThat(choice.options()).containsExactly("a pair of", "a trio of", "a quartet of", "a quintet of");
		assertThat(choice.value()).isEqualTo("2");
	}

	@Test
	void the_number_word_is_accepted_for_the_group_word() {
		BankQuestion cloze = questions("A trio of nurses walked out of the ward on Monday.").stream()
			.filter((q) -> q.format().equals("cloze"))
			.findFirst()
			.orElseThrow();
		assertThat(cloze.prompt())
			.isEqualTo("Fill in the missing words: _____ nurses walked out of the ward on Monday.");
		assertThat(cloze.accepted()).contains("A trio of", "Three", "3");
	}

}
