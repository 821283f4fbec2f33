package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A passive in a "who" clause after a person's name makes its agent that person's coach,
 * guide or successor; a runner's guide is named with "guided by".
 */
class PassiveAgentsOfPeopleTest {

	@Test
	void the_agent_of_a_passive_about_a_named_person_holds_a_role_towards_them() {
		assertThat(FoundRoles
			.roles("The slalom went to Ingrid Vaage of Norway who was coached by Tomas Ruud for most of her career."))
			.contains("Tomas Ruud | coach of Ingrid Vaage");
		assertThat(FoundRoles.roles("Fourth was Pavel Ostrov, who was guided by Ilya Sorin over the last ten miles."))
			.contains("Ilya Sorin | guide of Pavel Ostrov");
	}

	@Test
	void only_the_first_name_of_a_list_after_by_is_surely_the_agent() {
		assertThat(FoundRoles
			.roles("Next came Pavel Ostrov, who was guided by Ilya Sorin, and Lena Brisk of Latvia who ran alone."))
			.contains("Ilya Sorin | a guide of Pavel Ostrov")
			.noneMatch(role -> role.startsWith("Lena Brisk | a guide"));
	}

	@Test
	void a_body_before_who_is_no_persons_name() {
		assertThat(FoundRoles.roles("Fans of the Harbour Rovers, who were coached by Tomas Ruud, cheered loudly."))
			.noneMatch(role -> role.startsWith("Tomas Ruud | coach of"));
	}

}
