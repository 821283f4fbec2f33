package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Roles that the words before a name, or before a list of names, give each of them: each
 * in an invented sentence.
 */
class NameListTest {

	@Test
	void a_title_in_the_plural_before_names_joined_by_and_is_each_ones_title() {
		assertThat(roles("The hoard held gifts from kings Ottokar Brun and Wenzel Brun."))
			.containsExactly("Ottokar Brun | king", "Wenzel Brun | king");
	}

	@Test
	void the_agent_of_led_by_is_the_leader_of_the_group() {
		assertThat(roles("The rebels were led by Tomas Varga until the spring."))
			.containsExactly("Tomas Varga | leader of the rebels");
	}

	@Test
	void a_plural_capitalized_only_because_it_opens_the_sentence_names_no_group() {
		assertThat(roles("Protesters, led by Tomas Varga, marched to the square.")).isEmpty();
		assertThat(roles("Loyalists, led by Tomas Varga, held the fort. The Loyalists fled at dawn."))
			.containsExactly("Tomas Varga | leader of Loyalists");
	}

	@Test
	void leaders_in_a_list_each_are_one_of_its_leaders_so_no_answer_stands_for_all() {
		assertThat(roles(
				"The rebels, numbering 40 men and led by Tomas Varga, Ilse Brandt, and Piotr Nowak, took the fort."))
			.containsExactly("Tomas Varga | a leader of the rebels", "Ilse Brandt | a leader of the rebels",
					"Piotr Nowak | a leader of the rebels");
	}

	@Test
	void an_organisation_founded_by_two_people_has_two_co_founders() {
		assertThat(roles("Brightwater Labs was founded by Anna Keller and Joseph Lind in 1990.")).containsExactly(
				"Anna Keller | a co-founder of Brightwater Labs", "Joseph Lind | a co-founder of Brightwater Labs");
	}

	@Test
	void a_bracket_that_spells_out_the_name_does_not_hide_what_was_founded() {
		assertThat(roles(
				"The First Acme Cup (Annual Contest of Mechanical Engineering) was founded by Anna Keller in 1990."))
			.containsExactly("Anna Keller | founder of the First Acme Cup");
		assertThat(roles("It (the club, that is) was founded by Anna Keller.")).isEmpty();
	}

	@Test
	void an_army_under_a_name_is_commanded_by_it_and_its_article_becomes_definite() {
		assertThat(roles("At dawn, a Saxon army under Konrad Ulrich von Hagen crossed the river."))
			.containsExactly("Konrad Ulrich von Hagen | commander of the Saxon army");
	}

	@Test
	void troops_commanded_by_a_name_after_a_verb_keep_their_determiner() {
		assertThat(roles("The storm surprised the Danes commanded by Harald Jensen."))
			.containsExactly("Harald Jensen | commander of the Danes");
	}

	@Test
	void what_is_started_by_someone_is_founded_only_when_it_has_a_name() {
		assertThat(roles("The fire was started by Tomas Varga on Monday.")).isEmpty();
	}

	@Test
	void a_group_that_stands_for_a_name_said_elsewhere_gives_no_role() {
		assertThat(roles("It was led by Tomas Varga.")).isEmpty();
		assertThat(roles("The company was founded by Anna Keller.")).isEmpty();
	}

}
