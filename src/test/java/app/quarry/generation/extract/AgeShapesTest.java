package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An age is told without its unit after a name set off by a dash, as a bound after
 * "aged", or as the age of a group's member; each counts years.
 */
class AgeShapesTest {

	@Test
	void an_age_after_a_name_set_off_by_a_dash_counts_years() {
		assertThat(counts("The driver, Paul Kemp, 19 – who was banned in March – had no licence."))
			.contains("19=19 year");
		assertThat(counts("The driver, Paul Kemp, 19 - who was banned in March - had no licence."))
			.contains("19=19 year");
	}

	@Test
	void an_age_given_as_a_bound_or_as_a_members_age_counts_years() {
		assertThat(counts("Pupils are usually aged under 16.")).contains("16=16 year");
		assertThat(counts("Most readers are women, with the median age of a reader being 41.")).contains("41=41 year");
	}

	@Test
	void a_number_after_aged_is_an_age_and_no_count_of_the_noun_the_sentence_goes_on_to() {
		assertThat(counts("Those aged over 75 get free bus passes.")).containsExactly("75=75 year");
		assertThat(counts("People aged under 18 will need a permit, the council said.")).contains("18=18 year");
		assertThat(counts("Residents aged 70 will receive a letter.")).containsExactly("70=70 year");
		assertThat(counts("The calves were aged over 19 months.")).contains("19=19 month");
	}

	@Test
	void a_number_after_a_dash_that_follows_no_name_or_goes_on_counting_is_no_age() {
		assertThat(counts("The home side led Leeds 17 - the visitors never recovered.")).isEmpty();
		assertThat(counts("The calves were aged over 19 months.")).doesNotContain("19=19 year");
	}

	@Test
	void a_number_after_at_the_age_of_is_an_age_in_years_unless_another_unit_of_time_follows() {
		assertThat(counts("Jane Roe died at the age of 70 at her home in Vardenia.")).containsExactly("70=70 year");
		assertThat(counts("She left school at age 16 to work for Acme.")).containsExactly("16=16 year");
		assertThat(counts("By the age of 12 months most foals can run.")).containsExactly("12=12 month");
	}

}
