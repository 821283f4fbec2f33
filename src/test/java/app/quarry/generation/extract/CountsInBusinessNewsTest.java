package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of count that business and wire news writes, each sentence invented for the
 * test: a noun given once for two numbers, a noun left out, a name between a number and
 * its noun, a score of two sides, and the quantities that only look like counts.
 */
class CountsInBusinessNewsTest {

	@Test
	void a_part_of_a_named_owners_whole_counts_the_whole_s_noun() {
		assertThat(counts("The fund holds about 3.1 million of Brightco's 11.5 million common shares."))
			.containsExactly("3.1 million=3100000 share", "11.5 million=11500000 share");
	}

	@Test
	void a_whole_given_after_a_share_of_it_counts_what_the_part_counts() {
		assertThat(
				counts("Acme will buy back up to two million of its shares, or 12.5% of the 16 million outstanding."))
			.containsExactly("two million=2000000 share", "16 million=16000000 share");
		assertThat(counts("The mill cut 400 jobs, or 8% of its 5,000.")).containsExactly("400=400 job",
				"5,000=5000 job");
	}

	@Test
	void the_number_of_things_exceeding_a_number_counts_them_however_long_the_subject() {
		assertThat(counts("The number of bonds on the Lisbon exchange that rose in price on Friday exceeded 2,000."))
			.containsExactly("2,000=2000 bond");
	}

	@Test
	void the_number_of_things_rising_to_a_share_is_no_count_of_them() {
		assertThat(counts("The number of workers laid off this year by the mills in the valley rose to 40 percent."))
			.isEmpty();
	}

	@Test
	void a_body_grown_or_cut_to_a_number_counts_its_members() {
		assertThat(counts("She joined as a director, increasing the board to 15, but holds no office."))
			.containsExactly("15=15 member");
		assertThat(counts("The club cut its staff to 40.")).containsExactly("40=40 member");
	}

	@Test
	void a_body_changed_to_a_number_that_goes_on_is_no_count_of_members() {
		assertThat(counts("The club cut its staff to 40 percent of last year's.")).isEmpty();
	}

	@Test
	void both_sides_of_a_score_count_the_things_outnumbered() {
		assertThat(counts("Rising bonds outnumbered decliners 1,024 to 512.")).containsExactly("1,024=1024 decliner",
				"512=512 decliner");
	}

	@Test
	void a_name_joined_by_of_may_stand_between_a_number_and_its_noun() {
		assertThat(counts("The firm flew 10 House of Delegates members and two Bank of the North clerks to Oslo."))
			.containsExactly("10=10 member", "two=2 clerk");
	}

	@Test
	void an_age_of_a_number_is_an_age_in_years_whatever_comes_before_it() {
		assertThat(counts("Ms. Ode, 58 years old, takes over when Mr. Ruiz reaches the firm's retirement age of 65."))
			.containsExactly("58=58 year", "65=65 year");
	}

	@Test
	void a_hyphened_measure_before_a_noun_counts_its_units_but_not_before_a_name() {
		assertThat(counts("Work slowed at the 185-acre site. The 13-inch (33-cm) Orbit laptop sold well."))
			.containsExactly("185=185 acre");
	}

	@Test
	void a_hyphened_word_followed_by_no_noun_is_a_noun_itself() {
		assertThat(counts("Rivals sold beer for 25 cents a 12-pack below its price.")).isEmpty();
	}

	@Test
	void a_fraction_is_no_count_nor_is_the_whole_number_before_it() {
		assertThat(counts("The crew spent four hours in Lima and about 4 1/2 hours in Quito."))
			.containsExactly("four=4 hour");
	}

	@Test
	void a_scale_word_with_no_number_says_no_number() {
		assertThat(counts("Several thousand marching nurses and dozens of doctors came.")).isEmpty();
	}

	@Test
	void an_ordinal_that_begins_a_fixed_phrase_ranks_nothing() {
		assertThat(counts("She hired a 'third party' guard and met the first lady.")).isEmpty();
	}

	@Test
	void a_figure_others_foresaw_counts_what_the_reported_figure_counts() {
		assertThat(counts(
				"The ministry said the economy added 210,000 jobs, well above the 150,000 forecast by analysts."))
			.containsExactly("210,000=210000 job", "150,000=150000 job");
		assertThat(counts("Factories shed 12,000 workers in May, fewer than the 20,000 analysts had expected."))
			.containsExactly("12,000=12000 worker", "20,000=20000 worker");
	}

	@Test
	void a_forecast_with_no_figure_before_it_counts_nothing() {
		assertThat(counts("Sales beat the 20,000 forecast by analysts.")).isEmpty();
	}

}
