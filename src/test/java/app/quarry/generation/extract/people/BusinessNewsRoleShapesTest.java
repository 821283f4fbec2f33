package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Role shapes of business and wire news, each in an invented sentence: appointments told
 * with an age or an adverb before the verb, departures, a role opened by "another", a
 * workplace after "at", a place with its state inside an apposition, and a title a
 * quotation's writer put in brackets.
 */
class BusinessNewsRoleShapesTest {

	@Test
	void an_appointment_keeps_its_role_across_an_adverb_before_the_verb() {
		assertThat(roles("Mr. Brill also was named a director, increasing the board to 12."))
			.containsExactly("Brill | a director");
	}

	@Test
	void an_appointment_keeps_its_role_across_an_age_set_off_by_commas() {
		assertThat(roles("Dana K. Brill, 51, also was named a vice chairman and chief risk officer, a new post."))
			.containsExactly("Dana K. Brill | a vice chairman and chief risk officer");
	}

	@Test
	void someone_who_resigned_or_retired_as_a_role_holds_it_no_longer() {
		assertThat(roles("Tom Varga resigned as general manager to pursue other interests."))
			.containsExactly("Tom Varga | former general manager");
		assertThat(roles("Tom Varga retired as a ferry captain in 1990."))
			.containsExactly("Tom Varga | former ferry captain");
	}

	@Test
	void the_name_right_after_a_reporting_verb_is_the_subject_of_the_reported_clause() {
		assertThat(roles("Brovo Corp. said Tom Varga resigned as general manager."))
			.containsExactly("Tom Varga | former general manager");
		assertThat(roles("\"It is done,\" said Tom Varga, who resigned as general manager."))
			.doesNotContain("Tom Varga | former general manager to pursue");
	}

	@Test
	void an_infinitive_after_a_role_is_a_purpose_unless_a_rank_asks_for_it() {
		assertThat(roles("Tom Varga was named chairman of the board to succeed his brother."))
			.containsExactly("Tom Varga | chairman of the board");
		assertThat(roles("Tom Varga was one of the best pilots ever to fly the route."))
			.containsExactly("Tom Varga | one of the best pilots ever to fly the route");
	}

	@Test
	void a_role_opened_by_another_is_a_role_set_off_before_the_name() {
		assertThat(roles("Another analyst, Dana K. Brill of Harlow Securities, cut her rating on the stock."))
			.containsExactly("Dana K. Brill | another analyst");
	}

	@Test
	void a_name_followed_by_at_and_an_organisation_before_a_speech_verb_says_where_the_speaker_works() {
		assertThat(roles("So Dana Brill at Harlow Capital said she is cutting her estimate."))
			.containsExactly("Dana Brill | someone at Harlow Capital");
		assertThat(roles("\"We are done,\" said Dana Brill at Harlow Capital."))
			.containsExactly("Dana Brill | someone at Harlow Capital");
		assertThat(roles("Dana Brill at first said no.")).isEmpty();
	}

	@Test
	void a_town_and_its_state_before_based_stay_inside_an_apposition() {
		assertThat(roles("\"It is big,\" said Lena Oster, publisher of Troy, Mich.-based Sweets Monthly."))
			.containsExactly("Lena Oster | publisher of Troy, Mich.-based Sweets Monthly");
	}

	@Test
	void a_title_in_brackets_before_a_name_is_its_role() {
		assertThat(roles("\"The council, specifically (Deputy Mayor) Tom Varga, will pay a price,\" she said."))
			.containsExactly("Tom Varga | Deputy Mayor");
	}

}
