package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A bare given name after a place and a comma ("Mount Dunmore, Carolina,") is a state
 * until the text has named somebody by it in full.
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
		assertThat(mentions("The board of Dunmore county, Carolina, met on Monday. At the academy in Mount Dunmore, "
				+ "Carolina, many of the pupils wear uniforms.\nLater, Carolina Welch spoke to the board."))
			.doesNotContain("Carolina = Carolina Welch")
			.contains("Carolina Welch = Carolina Welch");
	}

	@Test
	void a_given_name_that_introduces_a_person_before_her_full_name_is_hers() {
		assertThat(mentions("She is the mayor's younger sister, Carolina. Carolina Welch runs the bakery."))
			.contains("Carolina = Carolina Welch");
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
