package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People shapes of broadcast transcripts and loose copy, each in an invented sentence: a
 * past post that opens a sentence without an article, a place the name leads, and a day
 * said before a lower-case title.
 */
class SpokenPeopleShapesTest {

	@Test
	void a_past_post_without_an_article_set_off_before_the_name_is_a_role() {
		assertThat(roles("Former mining company chief, Harold Brinkley, is facing more legal troubles in Oregon."))
			.containsExactly("Harold Brinkley | former mining company chief");
	}

	@Test
	void former_without_an_article_inside_a_sentence_opens_no_role() {
		assertThat(roles("The board met former colleagues, Harold Brinkley, and two guests on Friday."))
			.noneMatch(role -> role.contains("former colleagues"));
	}

	@Test
	void a_place_set_off_before_the_name_that_still_leads_it_is_led_by_the_name() {
		assertThat(
				roles("Trade could grow through the summit, Norland, still led by Alan Brask, can begin a new policy."))
			.contains("Alan Brask | leader of Norland");
		assertThat(roles("Talks resumed in the capital, Westria, now ruled by Olga Marr, said it would wait."))
			.contains("Olga Marr | ruler of Westria");
	}

	@Test
	void a_group_that_only_opens_the_sentence_names_no_place() {
		assertThat(roles("Strikers, still led by Jane Holloway, marched to the mill."))
			.noneMatch(role -> role.contains("of Strikers"));
		assertThat(roles("Police, still led by Jane Holloway, kept the road closed."))
			.noneMatch(role -> role.contains("of Police"));
	}

	@Test
	void a_clause_that_says_what_the_name_edits_may_name_a_title_ending_in_a_word_that_is_also_a_verb() {
		assertThat(
				roles("The study written by Nora Pellham, who edits the Harbour Trust's Weekly Report, warns of silt."))
			.contains("Nora Pellham | editor of the Harbour Trust's Weekly Report");
	}

	@Test
	void a_clause_whose_verb_follows_the_object_gives_no_role() {
		assertThat(roles("Nora Pellham, who runs the trust said the silt doubled, left early."))
			.noneMatch(role -> role.startsWith("Nora Pellham | head of"));
	}

	@Test
	void a_lower_case_title_may_name_what_it_speaks_for_with_an_article() {
		assertThat(
				roles("Officials met on Friday. Spokesman for the ministry Paul Odenwe said the talks would resume."))
			.contains("Paul Odenwe | Spokesman for the ministry");
		assertThat(roles("Reporters asked the spokesman for the ministry Paul Odenwe about the talks."))
			.contains("Paul Odenwe | spokesman for the ministry");
	}

	@Test
	void a_relative_before_the_article_and_noun_gives_no_title() {
		assertThat(roles("Reporters asked the brother of the victim Paul Odenwe about the talks."))
			.noneMatch(role -> role.contains("brother of the victim"));
	}

	@Test
	void a_day_before_a_lower_case_title_is_no_part_of_it() {
		assertThat(
				roles("On Monday secretary of state Mira Castell and defense secretary Ivan Rolle announced the deal."))
			.contains("Mira Castell | secretary of state", "Ivan Rolle | defense secretary");
	}

}
