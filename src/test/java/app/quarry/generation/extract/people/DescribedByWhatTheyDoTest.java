package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People whom the text describes by what marks them out rather than by a post: "the man
 * put in charge of ...", "who is testing ...", and an act of their own cut where a second
 * act begins.
 */
class DescribedByWhatTheyDoTest {

	@Test
	void the_man_with_a_participle_after_a_name_is_his_description() {
		assertThat(FoundRoles.roles(
				"Mr Dunmore was joined at the event by Jane Roe and Peter Vane, the man quietly put in charge of party funding by Mr Hollis."))
			.contains("Peter Vane | the man quietly put in charge of party funding by Mr Hollis");
		assertThat(FoundRoles.roles("The petition was handed in by Jane Roe, the woman who led the strike, on Monday."))
			.contains("Jane Roe | the woman who led the strike");
	}

	@Test
	void the_man_with_a_pronoun_or_a_clause_of_its_own_describes_nobody() {
		assertThat(FoundRoles.roles("The plan was backed by Peter Vane, the man his party chose to lead it."))
			.noneMatch(role -> role.startsWith("Peter Vane | the man"));
		assertThat(FoundRoles.roles("Peter Vane, the man everyone knows, arrived late."))
			.noneMatch(role -> role.startsWith("Peter Vane | the man"));
	}

	@Test
	void an_ongoing_act_in_a_relative_clause_is_who_the_speaker_is() {
		assertThat(
				FoundRoles.roles("\"We have waited years for this,\" said Tom Larkin who is testing the new scheme."))
			.contains("Tom Larkin | someone who is testing the new scheme");
		assertThat(FoundRoles.roles("The rules worry Tom Larkin, who is running a small farm near the town, most."))
			.contains("Tom Larkin | someone who is running a small farm near the town");
	}

	@Test
	void a_relative_clause_without_a_comma_after_a_name_that_is_no_speakers_describes_nobody() {
		assertThat(FoundRoles.roles("The staff told Tom Larkin who is testing the new scheme to wait."))
			.noneMatch(role -> role.startsWith("Tom Larkin | "));
	}

	@Test
	void a_second_act_joined_by_and_is_no_part_of_the_first() {
		assertThat(FoundRoles.roles(
				"Hans Brekke was once jailed for smuggling tobacco and ran a firm spanning ships, ports and hotels."))
			.contains("Hans Brekke | someone who was once jailed for smuggling tobacco");
		assertThat(FoundRoles.roles("Carl Dorne was named as the country's best chef and ran a chain of cafes."))
			.contains("Carl Dorne | the country's best chef");
	}

	@Test
	void a_nationality_and_a_capitalized_peoples_noun_set_off_after_a_name_is_a_description() {
		assertThat(FoundRoles.roles(
				"Following the death of Jane Roe, an Iraqi Kurd living in Leeds, the group organised a march in the city."))
			.contains("Jane Roe | an Iraqi Kurd living in Leeds");
		assertThat(FoundRoles.roles("The talks with Tom Vane, a French firm said, went well."))
			.noneMatch(role -> role.startsWith("Tom Vane | a French"));
	}

}
