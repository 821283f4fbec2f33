package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A transcript writes a speaker who started a word again as "Ma- Marta": the broken-off
 * word is nobody's name.
 */
class BrokenOffWordTest {

	private static List<String> people(String text) {
		return new PersonExtractor().find(DocumentText.of(text), null).stream().map(fact -> fact.value()).toList();
	}

	@Test
	void a_word_broken_off_before_a_name_is_no_person() {
		assertThat(people("Harbour Secretary Ma- Marta Lindqvist says the port will reopen on Monday."))
			.containsExactly("Marta Lindqvist");
	}

	@Test
	void a_hyphen_inside_a_name_joins_it() {
		assertThat(people("Secretary Marta Lind-Berg says the port will reopen on Monday."))
			.containsExactly("Marta Lind-Berg");
	}

}
