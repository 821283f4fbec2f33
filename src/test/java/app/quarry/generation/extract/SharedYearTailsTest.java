package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two months joined by "and", "or", "to" share the year written once after the second:
 * the first is not placed by the reference date on its own.
 */
class SharedYearTailsTest {

	@Test
	void a_span_of_months_takes_the_year_written_after_it() {
		assertThat(FoundDates.in("The quarry was flooded between June and August of 2011, when the pumps failed.",
				"2014-02-03"))
			.contains("June=2011-06", "August of 2011=2011-08");
		assertThat(FoundDates.in("The bridge was shut from April to June 2005 for repairs.", "2009-03-03"))
			.contains("April=2005-04", "June 2005=2005-06");
	}

	@Test
	void a_choice_of_months_of_this_year_is_two_months_of_the_reference_year() {
		assertThat(FoundDates.in("The first harvest is due in May or June of this year.", "2012-03-05"))
			.contains("May=2012-05", "June of this year=2012-06");
	}

	@Test
	void a_span_over_the_new_year_starts_in_the_year_before() {
		assertThat(FoundDates.in("The ferry did not sail from November to February 2004.", "2006-05-01"))
			.contains("November=2003-11", "February 2004=2004-02");
	}

	@Test
	void days_of_two_months_share_the_year_too() {
		assertThat(FoundDates.in("The strike lasted from March 28 to April 3, 1999.", "2005-07-01"))
			.contains("March 28=1999-03-28", "April 3, 1999=1999-04-03");
	}

	@Test
	void a_choice_that_runs_backwards_or_a_month_with_its_own_year_is_left_alone() {
		assertThat(FoundDates.in("The vote came in October or March of 2001.", "2003-06-01"))
			.doesNotContain("October=2001-10", "October=2000-10");
		assertThat(FoundDates.in("Prices fell in May 1998 and June 2003.", "2005-01-01")).contains("May 1998=1998-05",
				"June 2003=2003-06");
	}

}
