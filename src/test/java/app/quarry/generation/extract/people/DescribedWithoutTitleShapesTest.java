package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How news reports describe people they give no title, each in an invented sentence: a
 * post in a named body without an article, set off by the wire services' "_" dash, a
 * hyphenated post, one of a group.
 */
class DescribedWithoutTitleShapesTest {

	@Test
	void the_wire_dash_closes_a_post_in_a_named_body_given_without_article() {
		assertThat(roles("The delegation of 12 teachers _ including Ilse Morrow, Ostland National Assembly "
				+ "president _ arrived on Tuesday."))
			.containsExactly("Ilse Morrow | Ostland National Assembly president");
	}

	@Test
	void the_wire_dash_closes_an_apposition_before_the_clause_goes_on() {
		assertThat(roles("The delegation _ including Ilse Morrow, the assembly's president _ arrived on Tuesday."))
			.containsExactly("Ilse Morrow | the assembly's president");
	}

	@Test
	void a_second_name_after_a_comma_is_a_list_not_a_post() {
		assertThat(roles("The prize went to Ilse Morrow, Karl Ostrow and Anna Pell.")).isEmpty();
	}

	@Test
	void a_hyphenated_post_is_headed_by_its_first_noun() {
		assertThat(roles("``We found the boat,'' said Tomas Verlaine, special agent-in-charge of the coast "
				+ "guard's Dover office."))
			.containsExactly("Tomas Verlaine | special agent-in-charge of the coast guard's Dover office");
		assertThat(roles("Tomas Verlaine, editor-in-chief of the Dover Courier, said the boat was found."))
			.containsExactly("Tomas Verlaine | editor-in-chief of the Dover Courier");
	}

	@Test
	void one_of_a_group_a_describing_noun_names_is_a_description() {
		assertThat(roles(
				"``Nobody goes,'' said Ida Pell, one of about 30 exiles who formed a chain outside the " + "house."))
			.containsExactly("Ida Pell | one of about 30 exiles who formed a chain outside the house");
	}

	@Test
	void an_age_before_a_noun_makes_the_noun_a_description_of_the_name_after_it() {
		assertThat(roles("Officials will return the boat to 9-year-old Ostlandic rafter Pieter Halvorsen on Friday."))
			.containsExactly("Pieter Halvorsen | 9-year-old Ostlandic rafter");
		assertThat(roles("The 44-year-old carpenter Jens Ulvik was seen in Dover."))
			.containsExactly("Jens Ulvik | 44-year-old carpenter");
	}

	@Test
	void an_age_before_a_plural_or_a_verb_describes_no_one() {
		assertThat(roles("The 9-year-old twins Pieter Halvorsen and Ida Pell came home.")).isEmpty();
		assertThat(roles("Officials said the 9-year-old said Pieter Halvorsen came home.")).isEmpty();
	}

	@Test
	void a_relative_clause_after_a_speaker_tells_the_act_that_describes_him() {
		assertThat(roles("``The board has failed us,'' said Oskar Brandt, who joined the crowd outside the harbour "
				+ "office."))
			.containsExactly("Oskar Brandt | someone who joined the crowd outside the harbour office");
	}

	@Test
	void a_relative_clause_whose_act_a_pronoun_leaves_unclear_describes_no_one() {
		assertThat(roles(
				"``The board has failed us,'' said Oskar Brandt, who joined them outside the harbour " + "office."))
			.isEmpty();
		assertThat(roles("``The board has failed us,'' said Oskar Brandt, who thought the ferry would sink."))
			.isEmpty();
	}

	@Test
	void an_abbreviated_rank_after_a_post_is_a_title_not_a_person() {
		assertThat(roles("In Dover, police spokesman Capt. Rodrik Beerman said the boat was found."))
			.noneMatch(role -> role.startsWith("Capt"));
	}

}
