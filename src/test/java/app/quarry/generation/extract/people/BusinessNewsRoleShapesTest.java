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
		// the firm after the name is a second thing to know about her
		assertThat(roles("Another analyst, Dana K. Brill of Harlow Securities, cut her rating on the stock."))
			.containsExactly("Dana K. Brill | another analyst", "Dana K. Brill | someone from Harlow Securities");
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

	@Test
	void a_post_after_a_copula_needs_no_article() {
		assertThat(roles("Mr. Varga also is chairman and chief executive of Brovo Inc., the bank's largest holder."))
			.containsExactly("Varga | chairman and chief executive of Brovo Inc.");
		assertThat(roles("Mr. Varga was president and chief operating officer of Brovo's grocery unit."))
			.containsExactly("Varga | president and chief operating officer of Brovo's grocery unit");
		assertThat(roles("Tom Varga was president.")).isEmpty();
	}

	@Test
	void a_post_in_a_relative_clause_keeps_its_role_across_an_adverb() {
		assertThat(roles("Mr. Varga, who is also acting chief financial officer, said sales rose."))
			.containsExactly("Varga | acting chief financial officer");
	}

	@Test
	void a_hyphenated_word_ending_in_a_role_noun_is_a_role() {
		assertThat(roles("\"No,\" said Dana Brill, a management-consultant at Harlow Advisory Services Inc."))
			.containsExactly("Dana Brill | a management-consultant at Harlow Advisory Services Inc.");
	}

	@Test
	void a_financier_before_a_name_is_a_title() {
		assertThat(roles("Prices rose after buyers -- including Australian financier Tom Varga -- bought shares."))
			.containsExactly("Tom Varga | Australian financier");
	}

	@Test
	void a_hedge_before_a_title_stays_with_it() {
		assertThat(roles("Police put alleged gang mastermind Tom Varga and accused bank robber Jim Olden on the list."))
			.contains("Tom Varga | alleged gang mastermind");
	}

	@Test
	void a_courtesy_title_between_a_post_and_a_name_belongs_to_the_name() {
		assertThat(roles("Brovo Chairman and Chief Executive Sir Tom Varga will remain in both posts."))
			.containsExactly("Tom Varga | Brovo Chairman and Chief Executive");
	}

	@Test
	void a_relative_left_at_the_end_of_an_apposition_is_cut_off() {
		assertThat(roles("\"Not now,\" says Tom Varga, a criminal defense attorney who says he turned down cases."))
			.containsExactly("Tom Varga | a criminal defense attorney");
	}

	@Test
	void a_past_tense_verb_after_a_name_set_off_by_commas_is_no_apposition() {
		assertThat(roles("Brovo's chairman, Tom Varga, echoed the official view of the accord."))
			.containsExactly("Tom Varga | Brovo's chairman");
	}

	@Test
	void a_relative_before_of_and_a_title_does_not_make_the_title_hers() {
		assertThat(roles("Raul Vega, younger brother of President Tomas Vega, spoke first."))
			.contains("Tomas Vega | President")
			.doesNotContain("Tomas Vega | younger brother of President");
	}

	@Test
	void a_hedge_that_is_the_verb_before_a_name_is_no_title() {
		assertThat(roles("In that suit, the agency accused Mr. Varga of fraud.")).isEmpty();
	}

	@Test
	void a_plural_post_with_its_complement_after_two_names_is_each_ones() {
		assertThat(roles("Jim Feld and Jack Arno, attorneys for Mr. Varga, both declined to comment."))
			.contains("Jim Feld | an attorney for Mr. Varga", "Jack Arno | an attorney for Mr. Varga");
		assertThat(roles("He met Jim Feld and Jack Arno, members of the council."))
			.containsExactly("Jim Feld | a member of the council", "Jack Arno | a member of the council");
	}

	@Test
	void a_noun_spelled_like_a_speech_verb_after_a_possessive_does_not_end_an_apposition() {
		assertThat(roles("Tomas Vega, head of the assembly and Olden's point man on trade, told reporters no."))
			.containsExactly("Tomas Vega | head of the assembly and Olden's point man on trade");
	}

	@Test
	void a_relative_and_its_auxiliary_left_at_the_end_of_an_apposition_are_cut_off() {
		assertThat(
				roles("Rebels linked to Jim Olden, the exiled millionaire who is accused of the bombings, may strike."))
			.containsExactly("Jim Olden | the exiled millionaire");
	}

	@Test
	void what_an_organisation_is_known_as_stays_in_the_role() {
		assertThat(roles("Jim Olden is the leader of a militant group known as Red Dawn."))
			.containsExactly("Jim Olden | the leader of a militant group known as Red Dawn");
	}

	@Test
	void a_name_and_phrases_in_a_list_of_people_are_no_apposition() {
		assertThat(roles("Tomas Vega, the boy's stepmother, his baby half-brother, a dozen classmates and some "
				+ "adults planned to apply for visas."))
			.isEmpty();
		assertThat(roles("Jim Olden, publisher of Brew News, a trade newsletter, said prices rose."))
			.containsExactly("Jim Olden | publisher of Brew News");
	}

}
