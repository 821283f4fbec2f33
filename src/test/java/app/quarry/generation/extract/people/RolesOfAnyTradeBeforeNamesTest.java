package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Roles that name a person by what she does, written right before her name where only a
 * title can stand, and relatives and posts given with an owner or by an appointment.
 */
class RolesOfAnyTradeBeforeNamesTest {

	@Test
	void a_doer_noun_of_any_trade_in_a_list_of_titled_names_is_each_ones_role() {
		assertThat(roles("Guests included juggler Tom Hale, snowboarder Rita Vale and swimmer Ann Lee."))
			.contains("Tom Hale | juggler", "Rita Vale | snowboarder");
	}

	@Test
	void a_doer_noun_after_a_verb_of_saying_is_the_speakers_role() {
		assertThat(roles("\"Nobody warned us,\" asked commenter Jane Roe on the Acme forum."))
			.contains("Jane Roe | commenter");
		assertThat(roles("\"It is too late,\" said complainant Tom Hale in a statement."))
			.contains("Tom Hale | complainant");
		assertThat(roles("The show was hosted by stargazer Rita Vale and her son.")).contains("Rita Vale | stargazer");
	}

	@Test
	void a_verb_in_er_before_a_name_is_an_act_not_a_title() {
		assertThat(roles("The gang planned to kidnap and murder Jane Roe last year.")).isEmpty();
		assertThat(roles("The court will consider Tom Hale for the post.")).isEmpty();
		assertThat(roles("Police said they would monitor Rita Vale closely.")).isEmpty();
	}

	@Test
	void a_doer_noun_counted_by_a_number_is_a_modifier() {
		assertThat(roles("The team was third in the sixteen-driver Harbour Sprint.")).isEmpty();
	}

	@Test
	void a_doer_noun_after_a_place_name_is_no_verb_of_saying_after_it() {
		assertThat(roles("Westria States airframer Brelloc has delayed its new jet.")).isEmpty();
	}

	@Test
	void a_team_position_after_its_owner_is_the_players_role() {
		assertThat(roles("Early in the second half, Westria's forward Tom Hale was booked."))
			.contains("Tom Hale | Westria's forward");
	}

	@Test
	void a_relative_qualified_by_a_party_or_a_nationality_is_still_the_owners() {
		assertThat(roles("Tom Hale, the Acme leader, lost ground to his Labour rival, Jane Roe, on Monday."))
			.contains("Jane Roe | Tom Hale's Labour rival");
		assertThat(roles("Tom Hale was kidnapped together with his Norlandic colleague, Ann Lee, near the border."))
			.contains("Ann Lee | Tom Hale's Norlandic colleague");
		assertThat(roles("Rita Vale praised her longtime friend, Ann Lee, at the dinner."))
			.contains("Ann Lee | Rita Vale's longtime friend");
	}

	@Test
	void a_capital_alone_before_the_comma_is_no_relative() {
		assertThat(roles("Tom Hale saw his Paris, Jane Roe, on Monday."))
			.noneMatch(role -> role.startsWith("Jane Roe"));
	}

	@Test
	void keeping_someone_in_a_post_gives_her_the_post_even_when_the_body_is_unnamed() {
		assertThat(roles("The parliament voted Monday to keep Jane Roe as their prime minister."))
			.contains("Jane Roe | prime minister");
		assertThat(roles("The board chose Tom Hale as its chairman on Friday.")).contains("Tom Hale | chairman");
		assertThat(roles("The club kept Rita Vale as a hostage for a week.")).isEmpty();
	}

	@Test
	void a_whole_office_of_a_place_after_an_article_is_the_names_title() {
		assertThat(roles("Reporters saw a note sent to the Prime Minister of Westria Tom Hale last week."))
			.contains("Tom Hale | Prime Minister of Westria");
		assertThat(roles("The plea reached the Governor of Westshire Rita Vale on Monday."))
			.contains("Rita Vale | Governor of Westshire");
	}

	@Test
	void an_owner_whose_surname_carries_its_article_owns_the_relative_after_it() {
		assertThat(roles("Guards held Westrian leader Omar al-Tarik's son, Hadi Tarik, for a day."))
			.contains("Hadi Tarik | Omar al-Tarik's son");
	}

	@Test
	void an_adverb_built_on_ever_or_after_before_a_name_is_no_title() {
		assertThat(roles("Crowds came whenever Rita Vale sang, and thereafter Tom Hale ran the hall."))
			.noneMatch(role -> role.startsWith("Rita Vale") || role.startsWith("Tom Hale"));
	}

	@Test
	void a_thing_ending_like_a_doer_before_a_name_is_no_title() {
		assertThat(roles("Acme praised the career Rita Vale built over the years.")).isEmpty();
	}

	@Test
	void a_doer_after_the_whom_the_name_acts_on_in_a_clause_is_someone_else() {
		assertThat(roles("Police are hunting the attacker Jane Roe described to officers.")).isEmpty();
		assertThat(roles("The bags went to the stargazer Tom Hale had hired for the night.")).isEmpty();
		assertThat(roles("Locals say the stargazer Rita Vale recommended never came back.")).isEmpty();
	}

	@Test
	void a_doer_after_the_keeps_the_title_when_the_verb_has_its_own_object() {
		assertThat(roles("In May the stargazer Rita Vale hired Tom Hale as her driver."))
			.contains("Rita Vale | stargazer");
	}

}
