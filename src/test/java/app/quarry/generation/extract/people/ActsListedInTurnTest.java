package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence listing who did what, a clause each after a comma, tells each person's act.
 */
class ActsListedInTurnTest {

	@Test
	void each_clause_of_a_list_of_acts_tells_its_person_act() {
		assertThat(FoundRoles.roles(
				"On the night, Greta Holm designed the stage lighting, Piotr Wasik composed the opening score, and Lale Demir restored the old curtains."))
			.contains("Piotr Wasik | someone who composed the opening score",
					"Lale Demir | someone who restored the old curtains");
	}

	@Test
	void a_single_clause_after_names_is_no_list() {
		assertThat(FoundRoles.roles("Greta Holm met the mayor on Monday, Piotr Wasik composed the opening score."))
			.noneMatch(role -> role.startsWith("Piotr Wasik | someone who"));
	}

	@Test
	void names_set_off_in_a_list_without_their_verbs_state_no_act() {
		assertThat(FoundRoles
			.roles("The judges, Greta Holm, Piotr Wasik and Lale Demir, praised the opening score of the show."))
			.noneMatch(role -> role.startsWith("Piotr Wasik | someone who"));
	}

}
