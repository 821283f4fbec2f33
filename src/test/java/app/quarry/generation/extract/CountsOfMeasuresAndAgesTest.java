package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts of units of length and weight written as symbols or as a compound's measure, a
 * hyphened measure restated in brackets before its noun, ages bounding a group of people,
 * a quoted modifier before the noun, a number added to one told before, the line a level
 * passes; and the "one" a negation empties.
 */
class CountsOfMeasuresAndAgesTest {

	@Test
	void a_unit_symbol_glued_or_spaced_counts_the_unit_it_stands_for() {
		assertThat(counts("The crew laid 450km of cable and stopped 25cm short of the wall."))
			.containsExactly("450=450 kilometre", "25=25 centimetre");
		assertThat(counts("Each of the 12 sacks held 40 kg of rice.")).containsExactly("12=12 sack", "40=40 kilogram");
	}

	@Test
	void symbols_of_rates_decimals_races_memory_and_bare_figures_count_nothing() {
		assertThat(counts("The car ran at 90 km/h for 2.5km, and the 10km champion won.")).isEmpty();
		assertThat(counts("The phone offers 128MB of memory and a 32GB card.")).isEmpty();
		assertThat(counts("She ran 12km.")).isEmpty();
	}

	@Test
	void a_unit_of_measure_before_a_noun_is_the_compounds_measure_with_or_without_an_article() {
		assertThat(counts("It comes with a quick chip, 80 gigabyte hard drive and 19 inch screen."))
			.containsExactly("80=80 gigabyte", "19=19 inch");
	}

	@Test
	void a_hyphened_measure_reaches_its_noun_past_the_same_measure_in_brackets() {
		assertThat(counts("They will take 2,400 acres of the 15,000-acre (6,070-hectare) ranch."))
			.containsExactly("2,400=2400 acre", "15,000=15000 acre", "6,070=6070 hectare");
		assertThat(counts("She owns a 13-inch (33-cm) Lumatab.")).isEmpty();
	}

	@Test
	void people_over_or_under_a_number_are_of_that_age() {
		assertThat(counts("Drivers over 70, and in some states people under 21, pay more."))
			.containsExactly("70=70 year", "21=21 year");
		assertThat(counts("Half the readers are over 40.")).containsExactly("40=40 year");
		assertThat(counts("The fare is free for the over-65s and the under 16s.")).containsExactly("65=65 year",
				"16=16 year");
	}

	@Test
	void a_quoted_modifier_between_a_number_and_its_noun_is_passed_over() {
		assertThat(counts("Some 3.2 million \"smart meter\" readers will be fitted, against 90,000 today."))
			.containsExactly("3.2 million=3200000 reader", "90,000=90000 reader");
	}

	@Test
	void a_further_number_counts_what_the_number_before_it_counted() {
		assertThat(counts("The board closed 40 small branches and will review a further 120."))
			.containsExactly("40=40 branch", "120=120 branch");
	}

	@Test
	void the_line_a_counted_subject_passes_is_a_level_of_it() {
		assertThat(counts("The count of registered members broke the 50,000 barrier in May."))
			.containsExactly("50,000=50000 member");
	}

	@Test
	void one_after_a_negation_and_the_ones_repeating_it_count_nothing() {
		assertThat(counts("Not one seat changed hands.")).isEmpty();
		assertThat(counts("There has not been one minute, of one week, of one season, when we rested.")).isEmpty();
		assertThat(counts("She has never missed one meeting, but one session was cancelled."))
			.containsExactly("one=1 session");
	}

	@Test
	void an_age_set_off_after_another_or_a_person_after_age_or_with_the_time_it_held_at_counts_years() {
		assertThat(counts("Another sister, 19, was still locked in a shed when found.")).containsExactly("19=19 year");
		assertThat(counts("A man, 45, was taken to hospital.")).containsExactly("45=45 year");
		assertThat(counts("The eldest of the Roe children, age 31, weighed 90 pounds.")).containsExactly("31=31 year",
				"90=90 pound");
		assertThat(counts("Tom, 16 at the time, said a friend came to help.")).containsExactly("16=16 year");
	}

	@Test
	void a_number_set_off_after_a_thing_or_a_place_is_no_age() {
		assertThat(counts("Another vote, 19, was cast late.")).doesNotContain("19=19 year");
		assertThat(counts("The most were in Westria, 52.")).doesNotContain("52=52 year");
	}

}
