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
		assertThat(FoundDates.in("The dam opened in January and the mayor quit over two weeks later on February 11.",
				"2012-03-14"))
			.contains("February 11=2012-02-11")
			.noneMatch(found -> found.startsWith("two weeks later"));
		assertThat(FoundDates.in("The strike began on May 2, 2011 and the minister quit two days later, on May 4.",
				"2012-03-14"))
			.contains("May 4=2011-05-04")
			.noneMatch(found -> found.startsWith("two days later"));
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

}
