package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Four years earlier", "five months later": a date counted from the time the story is
 * telling of (the year or month it has just named, however it named it), never from the
 * day the page was written, which may lie decades away.
 */
class DatesCountedFromTheToldTimeTest {

	@Test
	void years_earlier_count_from_a_year_told_of_as_that_year() {
		assertThat(FoundDates.in(
				"The band settled in Leeds around 1971. Its drummer was a carpenter. The singer left that year, having joined four years earlier.",
				"2019-08-17"))
			.contains("four years earlier=1967");
	}

	@Test
	void years_later_count_from_the_year_named_in_the_sentence_before() {
		assertThat(FoundDates.in(
				"Jane Roe founded the shop in the spring of 1984 with two friends. Six years later, she sold it to Acme.",
				"2015-03-02"))
			.contains("Six years later=1990");
		assertThat(FoundDates.in("Acme was listed in March 1962, and the founder retired two years afterwards.",
				"2001-11-20"))
			.contains("two years afterwards=1964");
	}

	@Test
	void years_earlier_count_from_a_month_or_day_told_of() {
		assertThat(FoundDates
			.in("John Doe was sworn in on 3 June 1988; his brother had held the seat ten years earlier.", "2012-01-09"))
			.contains("ten years earlier=1978");
	}

	@Test
	void months_later_count_from_the_month_just_named_not_an_older_day() {
		assertThat(FoundDates.in(
				"On May 4, 2010, the mayor was elected. She was appointed in March 2008 and resigned five months later.",
				"2014-06-14"))
			.contains("five months later=2008-08");
		assertThat(FoundDates.in("The mill reopened in October 1999; three months later it burned down.", "2005-07-01"))
			.contains("three months later=2000-01");
		assertThat(FoundDates.in("Globex bought the land in July 2003, and two months earlier it had sold its port.",
				"2006-02-14"))
			.contains("two months earlier=2003-05");
	}

	@Test
	void a_year_earlier_in_a_report_with_no_year_told_still_counts_from_the_report() {
		assertThat(FoundDates.in("Acme said its sales rose 4% from a year earlier.", "2010-05-04"))
			.contains("a year earlier=2009");
	}

	@Test
	void the_next_year_as_a_stretch_ahead_is_not_counted_from_today() {
		assertThat(FoundDates.in("The agency today said that for the next year it will cover the losses of the fund.",
				"2011-09-20"))
			.noneMatch(v -> v.startsWith("the next year=2"));
	}

}
