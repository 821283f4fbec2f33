package app.quarry.generation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A year told by relative words ("last year", "January 25 last year") holds the days and
 * months told after it in its sentence, as a year written out does; a "last year" that
 * only compares, late in its sentence, holds nothing.
 */
class RelativeYearsHoldingTheirDaysTest {

	@Test
	void a_day_after_a_day_of_last_year_is_of_last_year_too() {
		assertThat(FoundDates.in("The strike began on January 25 last year and the mayor resigned on February 11.",
				"2012-03-14"))
			.contains("January 25 last year=2011-01-25", "February 11=2011-02-11");
	}

	@Test
	void a_sentence_set_in_last_year_holds_its_days() {
		assertThat(FoundDates.in("Last year, the mill opened on March 3 and closed on October 12.", "2012-03-14"))
			.contains("Last year=2011", "March 3=2011-03-03", "October 12=2011-10-12");
	}

	@Test
	void last_year_compared_late_in_a_sentence_leaves_its_days_to_the_date_line() {
		assertThat(FoundDates.in("The mill reopened on March 3, a month later than last year.", "2012-03-14"))
			.contains("March 3=2012-03-03");
	}

	@Test
	void last_years_owning_a_thing_sets_no_year_for_the_sentence() {
		assertThat(FoundDates.in("Last year's winner Jane Roe defends her title on June 4.", "2012-03-14"))
			.contains("June 4=2012-06-04");
	}

}
