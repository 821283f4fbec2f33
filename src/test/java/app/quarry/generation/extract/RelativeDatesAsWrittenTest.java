package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relative dates as news writers set them down: with a capitalised unit, after a day set
 * apart by dashes, counted in hours, or compared with "the year before".
 */
class RelativeDatesAsWrittenTest {

	@Test
	void a_capitalised_unit_is_still_the_relative_period() {
		assertThat(FoundDates.in("Last Year over 3 million guests came to the Acme fair.", "2006-03-14"))
			.contains("Last Year=2005");
		assertThat(FoundDates.in("The council said Next Week it will vote on the fair.", "2006-03-14"))
			.anyMatch(v -> v.startsWith("Next Week=2006-03-20"));
	}

	@Test
	void a_capitalised_unit_in_a_title_is_no_date() {
		assertThat(FoundDates.in("Jane Roe spoke on \"This Week,\" the Sunday show.", "2006-03-14"))
			.noneMatch(v -> v.startsWith("This Week"));
		assertThat(FoundDates.in("She starred in Last Year Forever, a film about Acme.", "2006-03-14"))
			.noneMatch(v -> v.startsWith("Last Year"));
	}

	@Test
	void a_day_set_apart_by_dashes_takes_the_year_after_the_closing_dash() {
		assertThat(FoundDates.in("Jane Roe opened the hall on Founders Day - March 3 - this year.", "2006-05-14"))
			.contains("March 3 - this year=2006-03-03");
	}

	@Test
	void a_day_and_some_hours_ago_is_the_day_before_the_story() {
		assertThat(FoundDates.in("A blog entry made just over 30 hours ago said the site was down.", "2008-01-20"))
			.contains("30 hours ago=2008-01-19");
		assertThat(FoundDates.in("A blog entry made 5 hours ago said the site was down.", "2008-01-20"))
			.noneMatch(v -> v.startsWith("5 hours ago="));
	}

	@Test
	void a_figure_compared_with_the_year_before_and_no_year_told_is_compared_with_the_year_before_the_report() {
		assertThat(FoundDates.in("Backing for the plan has slipped from the year before, which had a third in favour.",
				"2015-05-07"))
			.contains("the year before=2014");
	}

}
