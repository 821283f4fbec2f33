package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paper's date line is its edition day: "earlier this month" in the edition of the 1st
 * is the month before; "at the end of this week" is the week's last days, Friday to
 * Sunday.
 */
class EditionDayDatesTest {

	@Test
	void earlier_this_month_on_the_first_of_a_month_is_the_month_before() {
		assertThat(FoundDates.in("Bids\n\nEarlier this month, a group of investors disclosed a stake in the bakery.",
				"1991-11-01"))
			.contains("Earlier this month=1991-10");
	}

	@Test
	void earlier_this_month_later_in_the_month_is_that_month() {
		assertThat(FoundDates.in("Bids\n\nEarlier this month, a group of investors disclosed a stake in the bakery.",
				"1991-11-14"))
			.contains("Earlier this month=1991-11");
	}

	@Test
	void earlier_this_year_on_new_years_day_is_the_year_before() {
		assertThat(FoundDates.in("Review\n\nThe mill closed earlier this year.", "1993-01-01"))
			.contains("earlier this year=1992");
	}

	@Test
	void the_end_of_this_week_is_friday_to_sunday() {
		assertThat(FoundDates.in("Invitations\n\nThe club will start sending invitations at the end of this week.",
				"1991-10-31"))
			.contains("the end of this week=1991-11-01/1991-11-03");
	}

	@Test
	void the_end_of_next_week_is_friday_to_sunday_of_that_week() {
		assertThat(FoundDates.in("Ballots\n\nThe vote closes by the end of next week.", "1991-10-31"))
			.contains("the end of next week=1991-11-08/1991-11-10");
	}

	@Test
	void last_week_in_a_sunday_paper_stays_the_iso_week_before() {
		assertThat(FoundDates.in("Strike\n\nLast week, dock workers walked off the job.", "1998-03-01"))
			.contains("Last week=1998-02-16/1998-02-22");
	}

}
