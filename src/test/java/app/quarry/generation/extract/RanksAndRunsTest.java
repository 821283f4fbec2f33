package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranks and runs as news writes them: a superlative joined to its ordinal ("the
 * second-largest bank"), a rank with "No." ("the No. 2 retailer"), and a run of days or
 * quarters with a word between the number and its unit ("six straight days", "five
 * trading days", "two consecutive quarters").
 */
class RanksAndRunsTest {

	@Test
	void an_ordinal_hyphened_to_a_superlative_ranks_the_noun_after_it() {
		assertThat(counts("The lender, the third-largest lender in the region, cut rates."))
			.containsExactly("third=3th lender");
		assertThat(counts("The drop was the second-biggest loss of the decade.")).containsExactly("second=2th loss");
	}

	@Test
	void an_ordinal_hyphened_to_another_word_is_still_no_rank() {
		assertThat(counts("The first-time buyers queued outside.")).isEmpty();
	}

	@Test
	void a_number_after_no_ranks_the_noun_after_it_past_a_qualifying_name() {
		assertThat(counts("The chain became the No. 2 U.S. retailer last year.")).containsExactly("2=2th retailer");
		assertThat(counts("It is now the No. 1 maker of bicycles.")).containsExactly("1=1th maker");
	}

	@Test
	void a_number_after_no_that_names_a_house_or_a_form_is_no_rank() {
		assertThat(counts("The minister rang No. 10 yesterday.")).isEmpty();
		assertThat(counts("Fill in Form No. 7 Tax Return.")).isEmpty();
	}

	@Test
	void a_run_of_days_counts_its_days_whatever_word_tells_the_run() {
		assertThat(counts("The peso fell after six straight days of gains.")).containsExactly("six=6 day");
		assertThat(counts("Over the past five trading days, bonds have slipped.")).containsExactly("five=5 day");
		assertThat(counts("The firm was shut for three consecutive weeks.")).containsExactly("three=3 week");
	}

	@Test
	void a_run_of_quarters_counts_quarters_where_a_quarter_alone_is_a_date() {
		assertThat(counts("The country slid into recession after two consecutive quarters of decline."))
			.containsExactly("two=2 quarter");
		assertThat(counts("Profit rose in the third quarter.")).isEmpty();
	}

	@Test
	void a_word_between_the_number_and_a_time_unit_that_tells_no_run_still_counts_no_time() {
		assertThat(counts("The plant will hire 20 new workers a year.")).containsExactly("20=20 worker");
	}

}
