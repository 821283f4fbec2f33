package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One shape of count per test, each written for the test: a long run of modifiers before
 * the noun, placings in a race or a ranking, the first of a model, a part given with its
 * share of a whole.
 */
class CountShapesTest {

	@Test
	void a_long_run_of_modifiers_and_names_may_stand_before_the_noun() {
		assertThat(counts("The site holds eleven Iron Age stone-lined pit and cairn graves."))
			.containsExactly("eleven=11 grave");
	}

	@Test
	void modifiers_joined_by_and_are_not_the_end_of_the_count() {
		assertThat(counts("Divers found four brass and copper cannons.")).containsExactly("four=4 cannon");
	}

	@Test
	void a_placing_after_finishing_coming_or_ranking_is_a_place() {
		assertThat(counts("She finished third in the final. He came in second.")).containsExactly("third=3th place",
				"second=2th place");
		assertThat(counts("The team ended up in fourth place.")).containsExactly("fourth=4th place");
	}

	@Test
	void placings_listed_after_the_first_are_places_too() {
		assertThat(counts("Chile, Peru and Ghana moved up, making them sixth, seventh and ninth respectively."))
			.containsExactly("sixth=6th place", "seventh=7th place", "ninth=9th place");
	}

	@Test
	void first_as_an_adverb_after_a_verb_of_placing_is_no_placing() {
		assertThat(counts("He came first to Lisbon in 1920.")).isEmpty();
	}

	@Test
	void an_ordinal_before_a_model_number_counts_that_model_even_without_an_article() {
		assertThat(counts("Airframer rolls out first 350 Skyliner. The Airframer 350 seats 300 passengers."))
			.containsExactly("first=1th 350", "300=300 passenger");
	}

	@Test
	void a_part_given_with_its_share_of_a_whole_counts_the_whole_s_noun() {
		assertThat(counts("The cut would be about 2,000, or 8% of the total work force of 25,000 employees."))
			.containsExactly("2,000=2000 employee", "25,000=25000 employee");
	}

	@Test
	void a_describing_word_that_ends_the_phrase_after_an_ordinal_is_its_noun() {
		assertThat(counts("She was the first senior Thai official to visit the mine."))
			.containsExactly("first=1th official");
	}

	@Test
	void a_named_subject_before_was_the_gives_a_standing_ordinal_no_unit() {
		assertThat(counts("Okafor was the third to cross the line.")).isEmpty();
	}

	@Test
	void a_house_number_before_a_street_name_is_an_address() {
		assertThat(counts("She lived at 405 Orchard Ave. with two cousins.")).containsExactly("two=2 cousin");
		assertThat(counts("Reporters waited outside 10 Downing Street.")).isEmpty();
	}

	@Test
	void a_part_of_a_whole_with_no_number_counts_the_whole_s_noun() {
		assertThat(counts("Detectives named suspects in six of the cases.")).containsExactly("six=6 case");
	}

	@Test
	void an_acronym_in_the_plural_is_what_is_counted() {
		assertThat(counts("An estimated 20,000 American GIs had arrived.")).containsExactly("20,000=20000 gi");
	}

	@Test
	void more_between_a_number_and_a_unit_of_time_still_counts_the_time() {
		assertThat(counts("The base will stay for at least 20 more years.")).containsExactly("20=20 year");
	}

	@Test
	void the_age_a_person_turns_is_in_years() {
		assertThat(counts("The allowance is paid until the child turns 18.")).containsExactly("18=18 year");
	}

	@Test
	void tens_and_units_written_apart_as_speech_is_transcribed_are_one_number() {
		assertThat(counts("In the last twenty four hours, thirty one ships left."))
			.containsExactly("twenty four=24 hour", "thirty one=31 ship");
	}

	@Test
	void hundreds_and_tens_written_out_are_not_misread_as_two_counts() {
		assertThat(counts("Two hundred and thirty four sailors and two hundred and fifty guests came."))
			.containsExactly("Two hundred and thirty four=234 sailor", "two hundred and fifty=250 guest");
	}

	@Test
	void a_hedge_before_the_description_does_not_hide_the_noun() {
		assertThat(counts("The college has nine hundred mostly local students."))
			.containsExactly("nine hundred=900 student");
		assertThat(counts("The rooms were mostly full, and 30 largely.")).isEmpty();
	}

}
