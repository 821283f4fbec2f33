package app.quarry.generation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "on the 18th" with no month is a day of the month the story is in: the month of the
 * last day it told, or the date line's.
 */
class DaysOfTheMonthAloneTest {

	@Test
	void a_day_told_by_its_ordinal_alone_is_in_the_date_lines_month() {
		assertThat(FoundDates.in("The count finished on the 19th, and the result came at dawn.", "2014-09-20"))
			.contains("the 19th=2014-09-19");
	}

	@Test
	void a_day_still_to_come_in_a_story_of_the_past_is_last_months() {
		assertThat(FoundDates.in("The count finished on the 25th, and the result came at dawn.", "2014-09-20"))
			.contains("the 25th=2014-08-25");
	}

	@Test
	void a_day_after_a_month_told_just_before_is_in_that_month() {
		assertThat(FoundDates.in("The fair opened on March 3. It closed on the 9th and moved away.", "2014-09-20"))
			.contains("the 9th=2014-03-09");
	}

	@Test
	void an_ordinal_that_ranks_a_noun_is_no_day() {
		assertThat(FoundDates.in("She won on the 18th hole after a long day.", "2014-09-20"))
			.noneMatch(found -> found.startsWith("the 18th"));
	}

}
