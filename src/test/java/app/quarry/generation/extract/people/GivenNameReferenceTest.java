package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A bare given name is somebody's only once the text has named her in full: before that
 * the same word is a place or another person.
 */
class GivenNameReferenceTest {

	private static List<String> mentions(String text) {
		return new PersonExtractor().find(DocumentText.of(text), null)
			.stream()
			.map(fact -> fact.text() + " = " + fact.value())
			.toList();
	}

	@Test
	void a_given_name_before_the_full_name_is_not_that_person() {
		assertThat(mentions("At the academy in Mount Dunmore, Carolina, many of the pupils wear uniforms.\n"
				+ "Later, Carolina Welch spoke to the board."))
			.doesNotContain("Carolina = Carolina Welch")
			.contains("Carolina Welch = Carolina Welch");
	}

	@Test
	void a_given_name_after_the_full_name_is_that_person() {
		assertThat(mentions("Carolina Welch spoke to the board. Carolina, a nurse, was angry."))
			.containsExactly("Carolina = Carolina Welch");
	}

	@Test
	void a_surname_before_the_full_name_is_that_person() {
		assertThat(mentions("Welch, a nurse, spoke first. Later, Carolina Welch spoke to the board."))
			.contains("Welch = Carolina Welch");
	}

}
