package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a person is, written right before or right after the name in any position of the
 * sentence: a team's position or a trade before the name, a qualified noun ("State
 * guard", "Harvard graduate"), a writer's gloss in square brackets, and surnames that are
 * also ordinary words.
 */
class PeopleKindsAroundNamesTest {

	@Test
	void a_noun_that_is_a_person_only_once_qualified_is_the_title_of_the_name_after_it() {
		assertThat(roles("\"The roof shook,\" said Acme State guard Jane Roe."))
			.contains("Jane Roe | Acme State guard");
		assertThat(roles("Norland guard Tom Vance scored ten points.")).contains("Tom Vance | Norland guard");
		assertThat(roles("The singer married a Harvard graduate Lisa Marlow in June."))
			.contains("Lisa Marlow | Harvard graduate");
		assertThat(roles("The agency hired former model Clara Dunn to front the campaign."))
			.contains("Clara Dunn | former model");
	}

	@Test
	void an_unqualified_noun_of_that_kind_gives_no_title() {
		assertThat(roles("They stood guard Jane Roe said.")).isEmpty();
		assertThat(roles("On guard Tom Vance waited.")).isEmpty();
	}

	@Test
	void a_trade_or_a_team_position_before_the_name_is_its_title_as_an_object_too() {
		assertThat(roles("They are accused of recruiting former policeman Peter Moss to threaten a rival."))
			.contains("Peter Moss | former policeman");
		assertThat(roles("The book was drawn by illustrator Ann Kerry.")).contains("Ann Kerry | illustrator");
		assertThat(roles("The club signed Acme winger Rick Gower on Friday.")).contains("Rick Gower | Acme winger");
		assertThat(roles("Police questioned hotel porter Dan Hobbs about the fire."))
			.contains("Dan Hobbs | hotel porter");
	}

	@Test
	void a_listed_person_noun_heading_an_apposition_describes_the_name() {
		assertThat(roles("\"Glass fell everywhere,\" said Dan Morris, a valet at the hotel."))
			.contains("Dan Morris | a valet at the hotel");
		assertThat(roles("Rita Vale, a bodyguard for the singer, was hurt."))
			.contains("Rita Vale | a bodyguard for the singer");
	}

	@Test
	void a_gloss_in_square_brackets_beside_a_name_says_who_the_speaker_meant() {
		assertThat(roles("\"We will talk to Carl Benton [President of Norland] about the border,\" she said."))
			.contains("Carl Benton | President of Norland");
		assertThat(roles("\"Everyone including [former Acme Museum CEO] Jane Roe trained on it,\" he said."))
			.contains("Jane Roe | former Acme Museum CEO");
		assertThat(roles("\"I told Jane Roe [her] it was over,\" he said.")).isEmpty();
	}

	@Test
	void a_surname_that_is_a_place_or_a_feast_is_read_beside_a_person_cue() {
		assertThat(roles("Mara Paris, a Danish woman, said she was held.")).contains("Mara Paris | a Danish woman");
		assertThat(roles("The strip was drawn by illustrator Tobias Christmas."))
			.contains("Tobias Christmas | illustrator");
		assertThat(roles("Joan Christmas, a nurse at the clinic, helped the injured."))
			.contains("Joan Christmas | a nurse at the clinic");
	}

	@Test
	void a_decimal_number_inside_a_description_does_not_end_it() {
		assertThat(roles("Tom Vance, Acme's 3.5-point player, scored twice."))
			.contains("Tom Vance | Acme's 3.5-point player");
		assertThat(roles("The duel was between two 2.5-point players, Tom Vance and Rick Gower."))
			.contains("Tom Vance | a 2.5-point player", "Rick Gower | a 2.5-point player");
		assertThat(roles("Rita Vale, a 1.5-point player for Norland, was injured."))
			.contains("Rita Vale | a 1.5-point player for Norland");
	}

}
