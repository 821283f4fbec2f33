package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The firm an analyst is with, set off by commas after the name: "Jane Roe, with Halden
 * Securities, estimated that ...".
 */
class WithAffiliationShapesTest {

	@Test
	void a_firm_set_off_after_with_is_where_she_works() {
		assertThat(roles("Greta Lind, with Halden Securities, estimated that sales would rise."))
			.contains("Greta Lind | someone at Halden Securities");
		assertThat(roles("Greta Lind, with Brovo Corp., said sales would rise."))
			.contains("Greta Lind | someone at Brovo Corp.");
	}

	@Test
	void a_person_or_a_place_after_with_is_no_employer() {
		assertThat(roles("Greta Lind, with Tom Hale, arrived in the city on Monday.")).isEmpty();
		assertThat(roles("Greta Lind, with Paris in view, arrived on Monday.")).isEmpty();
	}

	@Test
	void a_body_set_off_after_of_before_a_speech_verb_may_own_a_programme() {
		assertThat(roles("Tom Wexler, of Radio Norden's Evening Desk, remarked that the market was nervous."))
			.contains("Tom Wexler | someone from Radio Norden's Evening Desk");
	}

}
