package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Role shapes of wire-service news, each in an invented sentence: owners before a role,
 * ages and affiliations between commas, and names with lower-case particles.
 */
class UnseenRoleShapesTest {

	@Test
	void a_role_a_named_owner_holds_set_off_before_the_name_keeps_its_owner() {
		assertThat(roles("Hartig's lawyer, Glenn Edward Moss, said the ferry was overloaded."))
			.containsExactly("Glenn Edward Moss | Hartig's lawyer");
		assertThat(roles("The court ordered Mara's great-uncle, Tomas Brenner, to hand over the papers."))
			.containsExactly("Tomas Brenner | Mara's great-uncle");
	}

	@Test
	void a_named_owner_before_a_title_owns_it() {
		assertThat(roles("Senator Dalton's campaign manager Josh Perl called the vote a disgrace."))
			.contains("Josh Perl | Senator Dalton's campaign manager");
		assertThat(roles("The boat carried Mara's mother Elsa Brenner and ten others."))
			.containsExactly("Elsa Brenner | Mara's mother");
	}

	@Test
	void a_title_before_a_name_does_not_reach_back_over_another_persons_name() {
		assertThat(roles("Bishop Paul Ostrander of the Diocese of Linford said the church would stay open."))
			.doesNotContain("Linford | Bishop Paul Ostrander of the Diocese of")
			.contains("Paul Ostrander | Bishop");
	}

	@Test
	void a_hero_or_an_icon_before_a_name_is_a_role() {
		assertThat(roles("The town celebrated the birth of independence hero Pedro Alvarez on Friday."))
			.containsExactly("Pedro Alvarez | independence hero");
	}

	@Test
	void an_age_between_commas_stands_before_the_role() {
		assertThat(roles("\"Send the papers back,\" said Mara Lind, 47, an airline employee."))
			.containsExactly("Mara Lind | an airline employee");
	}

	@Test
	void an_of_phrase_set_off_by_commas_after_said_and_the_name_tells_where_the_speaker_comes_from() {
		assertThat(roles("\"Security is tight,\" said Mara Lind, of Harbor Care Services, a sponsor of the event."))
			.containsExactly("Mara Lind | someone from Harbor Care Services");
	}

	@Test
	void a_department_whose_name_holds_and_is_kept_whole_in_the_title() {
		assertThat(
				roles("The plan is new. Health and Human Services Secretary Maria Delgado says patients should wait."))
			.containsExactly("Maria Delgado | Health and Human Services Secretary");
	}

	@Test
	void and_after_a_word_that_may_be_a_name_joins_no_department() {
		assertThat(roles("The plan is new. Roe and Health Secretary Maria Delgado say patients should wait."))
			.containsExactly("Maria Delgado | Health Secretary");
	}

	@Test
	void and_before_a_title_joins_two_people_not_a_department() {
		assertThat(
				roles("The plan is new. Senator Mark Roe and Health Secretary Maria Delgado say patients should wait."))
			.containsExactly("Mark Roe | Senator", "Maria Delgado | Health Secretary");
	}

	@Test
	void a_speakers_false_start_between_the_title_and_the_name_is_left_out() {
		assertThat(roles("The plan is new. Transport Secretary Ma- Maria Delgado says patients should wait."))
			.containsExactly("Maria Delgado | Transport Secretary");
	}

	@Test
	void a_hyphen_before_a_name_that_does_not_begin_with_the_cut_word_is_no_false_start() {
		assertThat(roles("The plan is new. Transport Secretary Jo- Maria Delgado says patients should wait."))
			.isEmpty();
	}

	@Test
	void a_body_named_after_a_people_is_still_a_body_when_its_last_word_says_so() {
		assertThat(roles(
				"Residents were alarmed. Mark Dalton of the Arab American Institute says it is a familiar story."))
			.containsExactly("Mark Dalton | someone from the Arab American Institute");
	}

	@Test
	void a_people_alone_after_of_is_not_taken_for_a_body() {
		// a country says where he is from, not a body he speaks for
		assertThat(roles("Residents were alarmed. Mark Dalton of the Czech Republic says it is a familiar story."))
			.containsExactly("Mark Dalton | someone from the Czech Republic");
	}

	@Test
	void a_bodys_name_with_of_inside_it_closes_the_sentence_after_said_and_the_name() {
		assertThat(roles("The churches want peace, said Carol Hale of the National Council of Churches."))
			.containsExactly("Carol Hale | someone from the National Council of Churches");
	}

	@Test
	void a_state_councilor_is_a_role() {
		assertThat(roles("The plan is sound, said Mary Lowe, a city councilor."))
			.containsExactly("Mary Lowe | a city councilor");
	}

	@Test
	void a_capitalized_state_inside_an_apposition_is_part_of_a_name_not_a_speech_verb() {
		assertThat(roles("The advertisement, said Kara Dunn, the director of the New York State branch of the "
				+ "league, will run on Sunday."))
			.containsExactly("Kara Dunn | the director of the New York State branch of the league");
	}

	@Test
	void a_word_that_counts_people_opens_no_title() {
		assertThat(roles("\"Both Senator Hale and Mayor Lind agree on this,\" said Josh Perl."))
			.contains("Hale | Senator")
			.doesNotContain("Hale | Both Senator");
	}

	@Test
	void lower_case_particles_and_articled_surnames_stay_inside_the_name() {
		assertThat(roles("She met President Samuel arap Kibet and Ambassador Omar Farouk el-Masri in Nairobi."))
			.containsExactly("Samuel arap Kibet | President", "Omar Farouk el-Masri | Ambassador");
	}

	@Test
	void a_movement_word_in_ist_before_a_capitalized_word_makes_no_title_of_it() {
		assertThat(roles("Wearing their red Socialist Pioneer scarves, the children recited poems.")).isEmpty();
		assertThat(roles("Socialist leader Mara Lind spoke first.")).containsExactly("Mara Lind | Socialist leader");
	}

	@Test
	void a_millionaire_set_off_after_a_name_is_a_role() {
		assertThat(roles("Police linked the group to Omar Haddad, the exiled millionaire who funds it, on Monday."))
			.containsExactly("Omar Haddad | the exiled millionaire who funds it");
	}

	@Test
	void another_relative_is_the_relative_of_the_owner_the_text_last_named_for_that_kin() {
		assertThat(roles("Two of Mara's Miami cousins sought support in the capital. "
				+ "Another cousin, Lena Barr, said the boy was happy."))
			.containsExactly("Lena Barr | one of Mara's cousins");
		assertThat(roles("Another cousin, Lena Barr, said the boy was happy."))
			.containsExactly("Lena Barr | another cousin");
	}

	@Test
	void one_of_them_is_one_of_the_relatives_the_sentence_before_opens_with() {
		assertThat(roles("Later Thursday, two of Mara's Miami cousins sought support in the capital. "
				+ "One of them, Lisa Vega, spoke to reporters."))
			.containsExactly("Lisa Vega | one of Mara's Miami cousins");
		assertThat(roles("Two men came. One of them, Lisa Vega, spoke.")).isEmpty();
	}

	@Test
	void a_nationality_standing_for_a_person_set_off_before_the_name_says_what_he_is() {
		assertThat(roles("Guards escorted the Libyan, Atif Enhamed, to the airport."))
			.containsExactly("Atif Enhamed | the Libyan");
		assertThat(roles("The Kenyan, Atif Enhamed, won the race.")).containsExactly("Atif Enhamed | the Kenyan");
	}

	@Test
	void a_place_or_body_ending_as_a_nationality_does_is_no_role() {
		assertThat(roles("The letter went to the Vatican, Pope Pius, and the bishops."))
			.doesNotContain("Pius | the Vatican");
	}

	@Test
	void another_mother_is_not_one_of_the_mothers_of_a_person_who_has_one() {
		assertThat(roles("The victim's mother spoke at the hearing. Another mother, Lena Barr, said the school was "
				+ "unsafe."))
			.containsExactly("Lena Barr | another mother");
	}

}
