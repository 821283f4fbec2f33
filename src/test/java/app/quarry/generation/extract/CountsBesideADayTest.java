package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A count of days set beside the day just told names that day again, by its distance from
 * another event: "on May 4, two days before the vote" is May 4, not May 2.
 */
class CountsBesideADayTest {

	@Test
	void a_count_before_an_event_beside_a_day_is_that_day() {
		assertThat(FoundDates.in("Vote nears\n\nThe polls close on May 4, two days before the count begins.",
				"2021-04-20"))
			.contains("May 4=2021-05-04", "two days before=2021-05-04");
	}

	@Test
	void a_count_later_than_a_plan_beside_a_day_is_that_day() {
		assertThat(FoundDates.in("Ship delayed\n\nThe ship docks on August 9, four days later than scheduled.",
				"2021-08-01"))
			.contains("August 9=2021-08-09", "four days later=2021-08-09");
	}

	@Test
	void a_count_after_an_event_named_alone_still_counts_from_the_day_before_it() {
		assertThat(
				FoundDates.in("Ship delayed\n\nThe ship left on August 2. It docked three days later.", "2021-08-10"))
			.contains("August 2=2021-08-02", "three days later=2021-08-05");
	}

	@Test
	void a_count_of_years_beside_a_year_is_that_year() {
		assertThat(FoundDates.in("The lease will end in 2015, four years earlier than expected.", "2011-01-10"))
			.contains("2015=2015", "four years earlier=2015");
		assertThat(FoundDates.in("The dam opened in May 1961, two months later than planned.", "2011-01-10"))
			.contains("two months later=1961-05");
	}

	@Test
	void a_count_of_years_after_a_year_told_in_its_own_sentence_still_counts_from_it() {
		assertThat(FoundDates.in("The mill closed in 1998. Four years later, it reopened.", "2011-01-10"))
			.contains("Four years later=2002");
	}

}
