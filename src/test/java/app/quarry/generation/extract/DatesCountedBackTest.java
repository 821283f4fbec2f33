package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "The year before", "the year previous", "the prior year": a year, month or day counted
 * back from the one the text has just told of, as business and wire reports compare a
 * period with the one before it.
 */
class DatesCountedBackTest {

	@Test
	void the_year_before_is_the_year_before_the_one_just_named() {
		assertThat(FoundDates.in("In 1998 the mill closed. It had turned a profit the year before.", "2003-05-02"))
			.contains("the year before=1997");
		assertThat(FoundDates.in("Orders rose 4% in 2007, after falling the year previous.", "2008-02-11"))
			.contains("the year previous=2006");
	}

	@Test
	void a_year_told_of_as_last_year_is_counted_from_too() {
		assertThat(FoundDates.in("The chain cut its costs by $2 billion last year, more than the year previous.",
				"2010-01-28"))
			.contains("last year=2009", "the year previous=2008");
	}

	@Test
	void the_year_before_in_a_quarterly_report_is_still_a_year() {
		assertThat(FoundDates.in(
				"Profit in the third quarter rose 8%. The bank lost money last year, after a record the year before.",
				"2009-10-20"))
			.contains("the year before=2007");
	}

	@Test
	void the_prior_year_is_the_previous_year() {
		assertThat(FoundDates.in("Sales grew to $5 million in 2006 from $4 million in the prior year.", "2007-03-01"))
			.contains("the prior year=2005");
		assertThat(FoundDates.in("Revenue fell 3% from the preceding year.", "2007-03-01"))
			.contains("the preceding year=2006");
	}

	@Test
	void the_month_before_is_counted_from_the_month_named() {
		assertThat(FoundDates.in("The index fell in March, and also the month before.", "2010-05-04"))
			.contains("the month before=2010-02");
	}

	@Test
	void a_year_before_an_event_or_with_nothing_to_count_from_is_no_date() {
		assertThat(FoundDates.in("Revenue was flat in the year prior to the merger.", "2010-05-04"))
			.noneMatch(v -> v.startsWith("the year"));
		assertThat(FoundDates.in("Revenue was flat in the year before the merger.", "2010-05-04"))
			.noneMatch(v -> v.startsWith("the year"));
		assertThat(FoundDates.in("The mill had turned a profit the year before.", "2010-05-04"))
			.noneMatch(v -> v.startsWith("the year"));
	}

}
