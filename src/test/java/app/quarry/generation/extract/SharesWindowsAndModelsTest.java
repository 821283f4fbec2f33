package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers that look like counts and are not: the numerator of a share, the window a
 * record is measured over, one unit that dates a time by an event, a model number after a
 * comparative. Each test also holds the neighbouring shape that still counts.
 */
class SharesWindowsAndModelsTest {

	@Test
	void a_number_before_a_fraction_of_something_is_a_share_not_a_count() {
		assertThat(counts("Three quarters of the pupils passed the test.")).isEmpty();
		assertThat(counts("Two thirds of the members and two-fifths of the staff left.")).isEmpty();
	}

	@Test
	void quarters_of_a_year_are_still_counted() {
		assertThat(counts("The mill lost money in the first three quarters of the year."))
			.containsExactly("three=3 quarter");
		assertThat(counts("Sales rose in two quarters of 2011.")).containsExactly("two=2 quarter");
	}

	@Test
	void one_unit_said_with_a_before_after_dates_by_an_event_and_counts_nothing() {
		assertThat(counts("The mayor resigned less than a month after the vote.")).isEmpty();
		assertThat(counts("The bridge opened barely a year after the flood.")).isEmpty();
	}

	@Test
	void one_unit_said_with_a_is_still_a_length_where_it_lasts() {
		assertThat(counts("The trial lasted for a month.")).containsExactly("a month=1 month");
		assertThat(counts("The talks may take more than a year.")).containsExactly("a year=1 year");
	}

	@Test
	void the_window_of_a_record_or_an_absence_after_in_is_no_count() {
		assertThat(counts("The river rose to its highest level in over a decade.")).isEmpty();
		assertThat(counts("The town has not seen snow in more than a year.")).isEmpty();
		assertThat(counts("The St. Mary plant hasn't won an order in about a decade.")).isEmpty();
	}

	@Test
	void a_length_after_in_without_a_record_still_counts() {
		assertThat(counts("The tunnel was dug in just over a year.")).containsExactly("a year=1 year");
	}

	@Test
	void a_number_after_a_comparative_of_size_or_age_names_a_model() {
		assertThat(counts("The carrier will lease 12 of Zenith's larger 440 jets.")).containsExactly("12=12 jet");
		assertThat(counts("The older 310 trains will be scrapped.")).isEmpty();
	}

	@Test
	void a_number_before_a_comparative_still_counts() {
		assertThat(counts("The yard will build 300 larger ferries.")).containsExactly("300=300 ferry");
		assertThat(counts("The remaining 500 workers will stay.")).containsExactly("500=500 worker");
	}

	@Test
	void a_level_of_the_number_of_people_counts_people() {
		assertThat(counts("The number of people waiting for a bed rose to 4,200."))
			.containsExactly("4,200=4200 person");
		assertThat(counts("The number of children in care fell to 310.")).containsExactly("310=310 child");
	}

	@Test
	void millions_written_with_m_or_bn_before_a_plural_noun_are_counts() {
		assertThat(counts("About 1.2m of the 2.4m Lutherans live in the north."))
			.containsExactly("1.2m=1200000 lutheran", "2.4m=2400000 lutheran");
		assertThat(counts("The airline flew 45m passengers and 2bn people watched."))
			.containsExactly("45m=45000000 passenger", "2bn=2000000000 person");
	}

	@Test
	void money_and_metres_written_with_m_are_not_counts() {
		assertThat(counts("The club paid £40m for the striker, who ran the 100m hurdles.")).isEmpty();
		assertThat(counts("The fund lost $3.2bn and a 5m wall fell.")).isEmpty();
	}

}
