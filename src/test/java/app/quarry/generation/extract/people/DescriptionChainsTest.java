package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neighbouring shapes of a description carrying on the previous sentence's subject: a
 * linking word before it, a "he" or "she" carrying the subject on in between, a count of
 * titles and a place of two joined words among its modifiers; with the guards that keep
 * it from someone else.
 */
class DescriptionChainsTest {

	@Test
	void a_linking_word_may_open_the_sentence_before_the_description() {
		assertThat(roles("Otto to race\n\nCarl Otto will compete in the 60m in Glasgow on 18 February.\n\n"
				+ "But the world indoor champion said he was not fully fit."))
			.contains("Carl Otto | world indoor champion");
		assertThat(roles("Reed speaks\n\nAlan Reed has issued a rallying cry to supporters.\n\n"
				+ "However, the chancellor said the vote would be close."))
			.contains("Alan Reed | chancellor");
	}

	@Test
	void a_linking_word_does_not_lift_the_guards() {
		assertThat(roles("Row deepens\n\nAlan Reed has criticised Ed Vale over the budget.\n\n"
				+ "Ed Vale spoke of a rift between Mr Reed and the party. But the chancellor said he was wrong."))
			.noneMatch(line -> line.endsWith("| chancellor"));
	}

	@Test
	void a_he_or_she_in_between_carries_the_subject_on() {
		assertThat(roles("Otto to race\n\nCarl Otto will compete in the 60m in Glasgow on 18 February.\n\n"
				+ "He was beaten only once last year. The Jamaican sprinter joins a strong field."))
			.contains("Carl Otto | Jamaican sprinter");
		assertThat(roles("Otto to race\n\nCarl Otto will compete in the 60m in Glasgow on 18 February.\n\n"
				+ "The Jamaican star joins a strong field."))
			.contains("Carl Otto | Jamaican star");
	}

	@Test
	void a_pronoun_that_may_mean_another_carries_nothing_on() {
		assertThat(roles("Otto to race\n\nCarl Otto will compete in the 60m in Glasgow on 18 February.\n\n"
				+ "He beat Tom Hale last year. The Jamaican sprint star joins a strong field."))
			.noneMatch(line -> line.contains("sprint star"));
		assertThat(roles("Otto to race\n\nCarl Otto will compete in the 60m in Glasgow on 18 February.\n\n"
				+ "She said the field was strong. The Jamaican sprint star joins a strong field."))
			.noneMatch(line -> line.contains("sprint star"));
	}

	@Test
	void a_count_of_titles_tells_what_the_person_is() {
		assertThat(roles("Otieno back\n\nKenyan runner Mary Otieno has been cleared to race again.\n\n"
				+ "The two-time European indoor bronze medallist will run in Paris in April."))
			.contains("Mary Otieno | two-time European indoor bronze medallist");
		assertThat(roles("Otieno back\n\nKenyan runner Mary Otieno has been cleared to race again.\n\n"
				+ "The three time national steeplechase champion will run in Paris in April."))
			.contains("Mary Otieno | three time national steeplechase champion");
	}

	@Test
	void a_place_of_two_joined_words_may_qualify_the_noun() {
		assertThat(roles("Otto to race\n\nWorld 100m champion Carl Otto will compete in the 60m in Glasgow.\n\n"
				+ "The Trinidad and Tobago sprinter joins Olympic relay gold medallists Ben Hart and Tim Lowe."))
			.contains("Carl Otto | Trinidad and Tobago sprinter");
	}

}
