package app.quarry.generation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A stretch counted from an earlier date with the day it lands on written right after it:
 * the written day dates the event, and a weekday there is the day the stretch lands on.
 */
class OffsetsBeforeTheirDayTest {

	@Test
	void the_day_written_after_a_stretch_is_the_date_and_the_stretch_is_no_date() {
		assertThat(FoundDates.in("The dam opened on January 27 and the mayor quit over two weeks later on February 11.",
				"2012-03-14"))
			.containsExactly("January 27=2012-01-27", "February 11=2012-02-11");
		assertThat(FoundDates.in("The strike began on May 2, 2011 and the minister quit two days later, on May 4.",
				"2012-03-14"))
			.containsExactly("May 2, 2011=2011-05-02", "May 4=2011-05-04");
	}

	@Test
	void a_weekday_after_a_stretch_is_the_day_the_stretch_lands_on() {
		assertThat(FoundDates.in("The talks opened on Monday and closed three days later on Thursday.", "2012-03-14"))
			.contains("Monday=2012-03-12", "Thursday=2012-03-15");
	}

	@Test
	void a_stretch_with_no_day_after_it_is_still_a_date() {
		assertThat(FoundDates.in("The talks opened on Monday and closed three days later.", "2012-03-14"))
			.contains("three days later=2012-03-15");
	}

	@Test
	void the_day_written_takes_the_year_the_stretch_lands_in() {
		assertThat(FoundDates.in("The mill opened on December 20, 2010 and shut three weeks later on January 10.",
				"2012-03-14"))
			.containsExactly("December 20, 2010=2010-12-20", "January 10=2011-01-10");
	}

	@Test
	void a_day_far_from_where_the_stretch_lands_is_still_the_date() {
		assertThat(FoundDates.in("The mill opened on May 2, 2011 and shut two days later on June 30.", "2012-03-14"))
			.containsExactly("May 2, 2011=2011-05-02", "June 30=2011-06-30");
	}

}
