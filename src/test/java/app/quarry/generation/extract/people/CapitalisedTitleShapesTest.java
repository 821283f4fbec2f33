package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A title written with capitals set off after a name ("Jane Roe, Prime Minister of
 * Norland,") is a role, and the title alone is nobody's name.
 */
class CapitalisedTitleShapesTest {

	@Test
	void a_two_word_capitalised_title_after_the_speech_verb_is_a_role() {
		assertThat(roles("\"The loans are a bridge,\" said Harriet Vance, Prime Minister of Norland."))
			.contains("Harriet Vance | Prime Minister of Norland");
	}

	@Test
	void a_capitalised_business_title_is_a_role_and_no_name() {
		assertThat(roles("\"The loans are a gift,\" said Bertram Coyle, Chief Executive of Norland Mills."))
			.contains("Bertram Coyle | Chief Executive of Norland Mills")
			.noneMatch(found -> found.startsWith("Executive"));
	}

	@Test
	void a_capitalised_title_before_the_sentences_verb_is_a_role() {
		assertThat(roles("Oskar Lind, Prime Minister of Westmark, said the loans were a bridge."))
			.contains("Oskar Lind | Prime Minister of Westmark");
	}

	@Test
	void a_title_before_a_name_still_leaves_the_name() {
		assertThat(roles("Chief Executive Mara Oduya said the plant would stay open."))
			.contains("Mara Oduya | Chief Executive");
	}

}
