package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names described without a title: a counted plural set off before a list of names, and a
 * lower-case description of a kind of person right before a name, in invented sentences.
 */
class DescribedNamesTest {

	@Test
	void each_name_of_a_counted_list_is_one_of_what_the_plural_names() {
		assertThat(roles("Three visiting astronauts, Kara Holm, Dennis Varga and Luis Ortega, spoke to pupils."))
			.containsExactly("Kara Holm | a visiting astronaut", "Dennis Varga | a visiting astronaut",
					"Luis Ortega | a visiting astronaut");
		assertThat(roles("Both finalists, Mira Castell and Jonas Berg, thanked the jury."))
			.containsExactly("Mira Castell | a finalist", "Jonas Berg | a finalist");
	}

	@Test
	void a_colon_sets_the_counted_list_off_as_a_comma_does() {
		assertThat(roles("The buyers include three Halden directors: Walter Brisk, Tom R. Vance and Paul E. Kern."))
			.containsExactly("Walter Brisk | a Halden director", "Tom R. Vance | a Halden director",
					"Paul E. Kern | a Halden director");
		assertThat(roles("The buyers include two Halden's directors: Tom R. Vance and Paul E. Kern."))
			.containsExactly("Tom R. Vance | a Halden's director", "Paul E. Kern | a Halden's director");
		assertThat(roles("The buyers include two Kelly's directors: Tom R. Vance and Paul E. Kern."))
			.containsExactly("Tom R. Vance | a Kelly's director", "Paul E. Kern | a Kelly's director");
	}

	@Test
	void what_qualifies_the_plural_after_it_is_left_out_of_the_role() {
		assertThat(roles("Two rebel commanders with ties to the north, Amadou Keita and Ibrahim Sow, met envoys."))
			.containsExactly("Amadou Keita | a rebel commander", "Ibrahim Sow | a rebel commander");
	}

	@Test
	void a_list_the_number_does_not_count_is_not_the_group() {
		assertThat(roles("She met three reporters, Tom Reed and Ann Lowe, at the airport.")).isEmpty();
	}

	@Test
	void people_of_any_kind_say_nothing_to_ask() {
		assertThat(roles("The two men, Ronald Pike and Michael Dorn, were named in a bulletin.")).isEmpty();
	}

	@Test
	void a_lower_case_description_before_a_name_is_its_role() {
		assertThat(roles("The bid came from a buyer group including large holder Lee Quade."))
			.containsExactly("Lee Quade | large holder");
		assertThat(roles("The rest remained at large, including Saudi radical Osman Tariq."))
			.containsExactly("Osman Tariq | Saudi radical");
		assertThat(roles("Calling for a new preamble, republican Janet Holt said the country needed a voice."))
			.containsExactly("Janet Holt | republican");
	}

	@Test
	void the_capital_that_opens_the_sentence_is_no_part_of_the_role() {
		assertThat(roles("Hostile suitor Tom Reed raised the offer.")).containsExactly("Tom Reed | hostile suitor");
		assertThat(roles("Anti-war protester Jim Korr was arrested on Monday."))
			.containsExactly("Jim Korr | Anti-war protester");
	}

	@Test
	void a_verb_before_a_name_is_no_description() {
		assertThat(roles("They tried to deliver Tom Reed to the police.")).isEmpty();
		assertThat(roles("The pact may fail to thwart hostile suitor Tom Reed."))
			.containsExactly("Tom Reed | hostile suitor");
		assertThat(roles("Yesterday suitor Tom Reed raised the offer.")).isEmpty();
	}

	@Test
	void a_plural_title_that_opens_the_sentence_titles_each_name_and_belongs_to_none() {
		assertThat(roles("Justices Sandra Hale and Anthony Marsh appeared to doubt that the fee was lawful."))
			.containsExactly("Sandra Hale | justice", "Anthony Marsh | justice");
	}

	@Test
	void a_name_that_qualifies_a_plural_after_it_is_not_described_by_the_words_before() {
		assertThat(roles("Her tasks will be shared among four other senior Brovex managers.")).isEmpty();
		assertThat(roles("It could open the way for moderate Arabs to join the talks.")).isEmpty();
	}

	@Test
	void a_word_of_origin_keeps_its_capital() {
		assertThat(roles("Australian swimmer Kim Dale won the race.")).containsExactly("Kim Dale | Australian swimmer");
	}

}
