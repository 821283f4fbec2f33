package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles British news gives people in its own words: members of parliament, solicitors,
 * sportsmen named by their event, a firm owning the person in the possessive; each in an
 * invented sentence.
 */
class BritishNewsRoleShapesTest {

	@Test
	void two_portfolios_joined_by_and_before_a_minister_are_one_post() {
		assertThat(roles("Economy and Finance Minister Pablo Ruiz said the budget would balance."))
			.contains("Pablo Ruiz | Economy and Finance Minister");
		assertThat(roles("The plan was backed by economy and finance minister Pablo Ruiz."))
			.contains("Pablo Ruiz | economy and finance minister");
		assertThat(roles("Economy and finance minister Pablo Ruiz said the budget would balance."))
			.contains("Pablo Ruiz | Economy and finance minister");
		assertThat(roles("Industry, Trade and Finance Minister Pablo Ruiz said exports were up."))
			.contains("Pablo Ruiz | Industry, Trade and Finance Minister");
	}

	@Test
	void a_party_before_mp_is_the_members_role() {
		assertThat(roles("Labour MP Gerald Wilkes has insisted the mayor should not apologise."))
			.contains("Gerald Wilkes | Labour MP");
	}

	@Test
	void mp_for_a_seat_set_off_after_the_name_is_a_role() {
		assertThat(roles("Gerald Wilkes, MP for Thornbury, said he suspected the minister was wrong."))
			.contains("Gerald Wilkes | MP for Thornbury");
	}

	@Test
	void a_solicitor_owned_by_a_group_is_a_role() {
		assertThat(roles("The council's solicitor, Mary Hollis, has raised doubts about the evidence."))
			.contains("Mary Hollis | the council's solicitor");
	}

	@Test
	void athletes_named_by_their_sport_before_a_pair_of_names_are_each_one() {
		assertThat(roles("Greek sprinters Andreas Kollo and Maria Petri have appeared before a panel."))
			.contains("Andreas Kollo | sprinter", "Maria Petri | sprinter");
		assertThat(roles("The trainer won praise for coaching 800m runners Roger Blake and Mark Rich."))
			.contains("Roger Blake | runner", "Mark Rich | runner");
	}

	@Test
	void the_captain_of_a_rink_or_a_side_is_named_by_skip_or_skipper() {
		assertThat(roles("Westrian skip Paul Kerr cleared two stones from the house."))
			.contains("Paul Kerr | Westrian skip");
		assertThat(roles("The shot came after a takeout by the Norlandic skip Oriol Vasca in the fourth end."))
			.anyMatch(role -> role.startsWith("Oriol Vasca | ") && role.endsWith("Norlandic skip"));
		assertThat(roles("Stand-in skipper Dale Morrow lifted the trophy at the end."))
			.anyMatch(role -> role.startsWith("Dale Morrow | ")
					&& role.toLowerCase(java.util.Locale.ROOT).contains("skipper"));
		assertThat(roles("Fans often skip Monday games in the winter.")).isEmpty();
	}

	@Test
	void a_firm_in_the_possessive_before_a_name_is_where_the_person_works() {
		assertThat(roles("\"Growth will stay strong,\" added Ernst and Whitney's Sanjay Rao."))
			.contains("Sanjay Rao | someone from Ernst and Whitney");
		assertThat(roles("Halden & Marsh's Tom Lowe expects rates to rise."))
			.contains("Tom Lowe | someone from Halden & Marsh");
		assertThat(roles("Quist Bank's Jo Fry said rates would rise.")).contains("Jo Fry | someone from Quist Bank");
	}

	@Test
	void a_country_in_the_possessive_before_a_name_is_where_the_person_is_from_not_an_employer() {
		assertThat(roles("Germany's Marc Blomberg won the race in record time. Blomberg said he was tired."))
			.containsExactly("Marc Blomberg | someone from Germany");
		assertThat(roles("It was close between her and South Africa's Ruth Amery at the line."))
			.contains("Ruth Amery | someone from South Africa");
		assertThat(roles("Britain and France's Jack Dell will chair the panel.")).isEmpty();
	}

	@Test
	void a_later_description_says_more_than_the_country_before_the_name() {
		assertThat(
				roles("Britain's Jason Gardley won the 60m in Leipzig. The world indoor champion said: \"I was ill.\""))
			.contains("Jason Gardley | world indoor champion");
	}

	@Test
	void things_each_owned_in_a_list_are_no_firm_joined_by_and() {
		assertThat(roles("Acme Space's Orbiter V and Quist's Tom Lowe were both on the list."))
			.noneMatch(line -> line.contains("someone from"));
	}

	@Test
	void a_description_running_into_a_closing_speech_tag_is_the_speaker_not_an_apposition() {
		assertThat(roles("A similar notice was delivered to Tom Hale, the men's lawyer says."))
			.noneMatch(line -> line.startsWith("Tom Hale"));
		assertThat(roles("A third letter went to Ann Bell, the group's lawyer said on Monday."))
			.noneMatch(line -> line.startsWith("Ann Bell"));
	}

	@Test
	void a_subject_whose_apposition_lost_its_closing_comma_keeps_it() {
		assertThat(roles("Tom Hale, the men's lawyer said the case was weak.")).contains("Tom Hale | the men's lawyer");
		assertThat(roles("The plan was backed by Jo Lane, the group's chairman, who said it was fair."))
			.contains("Jo Lane | the group's chairman");
	}

}
