package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A description set off after a name may open with the body a person works for and a
 * lower-case noun for a kind of person: the body's name makes the noun a role. In
 * sentences written for the test.
 */
class MembersOfNamedBodiesTest {

	@Test
	void a_body_and_a_doers_noun_joined_to_a_post_describe_the_speaker() {
		assertThat(
				roles("\"We will not leave,\" said Tomas Brekke, Norcon welder and President of the Smelters' Guild."))
			.contains("Tomas Brekke | Norcon welder and President of the Smelters' Guild");
	}

	@Test
	void a_body_and_a_listed_noun_for_a_person_describe_the_speaker() {
		assertThat(roles("The rally was opened by Ines Carvalho, Lisnave plumber, who read out the demands."))
			.contains("Ines Carvalho | Lisnave plumber");
	}

	@Test
	void a_capitalised_word_before_a_plain_noun_is_no_role() {
		assertThat(roles("Ines Carvalho, Lisnave weather and tides, was closed."))
			.noneMatch(found -> found.startsWith("Ines Carvalho |"));
		assertThat(roles("He met Ines Carvalho, Lisnave worker shifts, on Friday."))
			.noneMatch(found -> found.startsWith("Ines Carvalho |"));
	}

}
