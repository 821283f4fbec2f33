package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A capital letter alone, with or without its point, is an initial cut from a longer name
 * ("the B. westria group" of a genus): it names no body, so nothing describes it.
 */
class LoneInitialsTest {

	@Test
	void a_lone_initial_before_lower_case_words_and_a_body_noun_is_no_body() {
		assertThat(FoundOrganisations.in("The finding by the B. westria group was published in the spring."))
			.noneMatch(fact -> fact.startsWith("B"));
		assertThat(FoundOrganisations.in("Work on the P. acmeus group began in Norland."))
			.noneMatch(fact -> fact.startsWith("P"));
	}

	@Test
	void a_name_with_a_word_of_its_own_is_still_a_body() {
		assertThat(FoundOrganisations.in("The deal made the Tidewatch charity the largest in Westbury."))
			.contains("Tidewatch | charity");
	}

}
