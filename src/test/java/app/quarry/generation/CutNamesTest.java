package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.generation.extract.EntityFact;
import org.junit.jupiter.api.Test;

/** An organisation read from the last part of its name is asked by its whole name. */
class CutNamesTest {

	private static String whole(String text, String read) {
		int at = text.indexOf(read);
		return CutNames.whole(text, new EntityFact(read, at, at + read.length(), read, "a group"), read);
	}

	@Test
	void the_words_joined_before_the_name_belong_to_it() {
		assertThat(whole("said Ivo Sarn, founder of Sisters to the Harbour, a volunteer group.", "Harbour"))
			.isEqualTo("Sisters to the Harbour");
		assertThat(whole("It awaits a ruling from the Conseil des Marches de Vell, a regulator.", "Marches de Vell"))
			.isEqualTo("Conseil des Marches de Vell");
	}

	@Test
	void an_office_before_of_is_no_part_of_the_name() {
		assertThat(whole("said Ivo Sarn, Chairman of Brovo, a pump maker.", "Brovo")).isEqualTo("Brovo");
	}

	@Test
	void a_word_opening_the_sentence_is_no_part_of_the_name() {
		assertThat(whole("Profits rose. Shares of Brovo fell two cents.", "Brovo")).isEqualTo("Brovo");
	}

	@Test
	void a_name_after_to_without_the_is_the_one_given_to() {
		assertThat(whole("The carmaker said it would sell Opal to Brovo, a Calder parts company.", "Brovo"))
			.isEqualTo("Brovo");
		assertThat(whole("The studio moved from Sonex to the Brovo Group last year.", "Brovo Group"))
			.isEqualTo("Brovo Group");
	}

}
