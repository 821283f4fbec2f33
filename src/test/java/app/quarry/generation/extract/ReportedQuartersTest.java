package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarters a company report speaks of, and the year-ago periods it compares them
 * with.
 */
class ReportedQuartersTest {

	@Test
	void a_quarter_ended_on_a_day_is_the_calendar_quarter_most_of_its_months_fall_in() {
		assertThat(FoundDates.in("In the quarter ended July 31, Jayark had an average of 1,500 clients.", "1989-10-30"))
			.contains("the quarter=1989-04/1989-06");
	}

	@Test
	void the_quarter_of_a_report_that_numbered_its_fiscal_quarter_is_that_quarter() {
		assertThat(FoundDates.in(
				"Sun reported a loss for the fiscal first quarter. It shipped 28,000 systems in the quarter.",
				"1989-10-26"))
			.containsExactly("the fiscal first quarter=1989-01/1989-03", "the quarter=1989-01/1989-03");
	}

	@Test
	void a_period_placed_by_its_year_is_that_year_and_not_a_quarter_the_report_named() {
		// the words say only the year: the months are the reader's inference
		assertThat(FoundDates.in("Net rose in the third quarter. In the 1988 period, it earned $20 million. "
				+ "Sales were flat in the quarter.", "1989-10-26"))
			.containsExactly("the third quarter=1989-07/1989-09", "1988=1988", "the quarter=1989-07/1989-09");
		assertThat(FoundDates.in("The chain lost money in the 2003 quarter, it said.", "2004-05-02"))
			.containsExactly("2003=2003");
	}

	@Test
	void the_same_period_last_year_is_the_period_spoken_of_a_year_back() {
		assertThat(FoundDates
			.in("Net fell in the third quarter from $2 million for the corresponding period last year.", "1989-11-01"))
			.containsExactly("the third quarter=1989-07/1989-09", "the corresponding period last year=1988-07/1988-09");
		assertThat(FoundDates.in("Sales fell 35% in January, compared to the same month a year ago.", "2009-02-03"))
			.containsExactly("January=2009-01", "the same month a year ago=2008-01");
	}

	@Test
	void a_year_still_to_come_named_the_sentence_before_is_a_target_not_the_year_reported() {
		assertThat(FoundDates.in(
				"The brewer wants half of the market by 1995. It forecast higher profit for the " + "full year.",
				"1989-10-30"))
			.containsExactly("1995=1995", "the full year=1989");
	}

	@Test
	void the_entire_year_is_the_year_of_the_quarter_the_report_named() {
		assertThat(FoundDates.in("The brewer had its first loss since 1992. It lost $4 million in the fourth quarter "
				+ "of 2005 and $9 million for the entire year.", "2006-01-27"))
			.containsExactly("1992=1992", "the fourth quarter of 2005=2005-10/2005-12", "the entire year=2005");
	}

	@Test
	void the_last_half_and_the_first_two_quarters_of_a_year_are_its_halves() {
		assertThat(FoundDates.in("Profit will be weak in the last half of 1989 and the first two quarters of 1990.",
				"1989-10-26"))
			.containsExactly("the last half of 1989=1989-07/1989-12", "the first two quarters of 1990=1990-01/1990-06");
	}

	@Test
	void last_years_quarter_is_the_quarter_spoken_of_a_year_back() {
		assertThat(FoundDates.in("Sales rose in the third quarter. Sales for last year's quarter were $3 million.",
				"1989-11-01"))
			.containsExactly("the third quarter=1989-07/1989-09", "last year's quarter=1988-07/1988-09");
	}

	@Test
	void the_previous_year_with_no_year_named_is_the_year_before_the_date_line() {
		assertThat(FoundDates.in("Sales dropped 42% last month from the previous year.", "2009-02-03"))
			.containsExactly("last month=2009-01", "the previous year=2008");
	}

	@Test
	void the_latest_results_are_no_period_but_year_ago_results_are() {
		assertThat(FoundDates.in("Net rose in the third quarter. The latest results include a gain. "
				+ "The year-ago results included a charge.", "1989-10-26"))
			.containsExactly("the third quarter=1989-07/1989-09", "The year-ago=1988-07/1988-09");
	}

	@Test
	void a_year_earlier_with_no_year_or_quarter_to_count_from_counts_from_the_date_line() {
		assertThat(FoundDates.in("Rents were 2.6 percent lower than a year earlier.", "1998-02-06"))
			.containsExactly("a year earlier=1997");
	}

	@Test
	void a_year_earlier_after_a_months_figures_is_that_month_a_year_before() {
		assertThat(FoundDates.in(
				"Shops added 4,000 clerks last month. Rents were 2.6 percent lower than a year " + "earlier.",
				"1998-02-06"))
			.containsExactly("last month=1998-01", "a year earlier=1997-01");
		assertThat(FoundDates.in("In March, exports rose 4 percent from a year earlier.", "2006-04-12"))
			.containsExactly("March=2006-03", "a year earlier=2005-03");
	}

	@Test
	void a_year_earlier_long_after_a_month_was_named_counts_from_the_date_line() {
		assertThat(FoundDates.in("Shops added 4,000 clerks last month. Orders were strong. Stocks fell. "
				+ "Exports were weak. Rents were 2.6 percent lower than a year earlier.", "1998-02-06"))
			.containsExactly("last month=1998-01", "a year earlier=1997");
	}

	@Test
	void a_quarter_told_as_what_came_before_the_news_is_not_the_one_compared() {
		assertThat(FoundDates.in("Net rose in the third quarter. After a sluggish second quarter, the bakery gained on "
				+ "bread. Prices were higher than a year ago.", "1989-11-01"))
			.containsExactly("the third quarter=1989-07/1989-09", "second quarter=1989-04/1989-06",
					"a year ago=1988-07/1988-09");
		assertThat(FoundDates.in("Net rose in the third quarter. Sales of bread were weak in the second quarter. "
				+ "Prices were higher than a year ago.", "1989-11-01"))
			.contains("a year ago=1988-04/1988-06");
	}

	@Test
	void a_year_ago_in_a_quarterly_report_is_that_quarter_a_year_before() {
		assertThat(FoundDates.in("Profit in the third quarter rose 5% from a year ago.", "2021-10-28"))
			.containsExactly("the third quarter=2021-07/2021-09", "a year ago=2020-07/2020-09");
		assertThat(FoundDates.in("Net rose in the fourth quarter to $9 million from $7 million a year earlier.",
				"2022-01-28"))
			.containsExactly("the fourth quarter=2021-10/2021-12", "a year earlier=2020-10/2020-12");
	}

	@Test
	void a_quarterly_report_dates_its_periods_by_the_quarter_it_names() {
		assertThat(FoundDates.in("Third-quarter profit rose 8% to $12 million. The latest period included a gain. "
				+ "In the year-earlier period, the bakery earned $9 million, and year-ago results included a charge.",
				"2011-10-26"))
			.containsExactly("Third-quarter=2011-07/2011-09", "The latest period=2011-07/2011-09",
					"the year-earlier period=2010-07/2010-09", "year-ago=2010-07/2010-09");
	}

	@Test
	void a_period_without_a_quarter_named_is_no_date() {
		assertThat(FoundDates.in("The latest period of the painter's work is abstract.", "2011-10-26")).isEmpty();
	}

	@Test
	void the_day_and_the_year_of_a_report_are_its_own() {
		assertThat(FoundDates
			.in("The index fell 3% on Monday but recovered to end the day higher. Sales for the full year "
					+ "rose, and the plant should close by year-end.", "2011-05-04"))
			.containsExactly("Monday=2011-05-02", "the day=2011-05-02", "the full year=2011", "year-end=2011");
	}

	@Test
	void the_day_opening_a_clause_or_the_year_before_a_number_is_no_period() {
		assertThat(
				FoundDates.in("Shares fell the day the deal was announced. The year 2025 is not 2018.", "2011-05-04"))
			.containsExactly("The year 2025=2025", "2018=2018");
	}

	@Test
	void a_quarter_ahead_of_the_date_line_is_last_years_only_when_that_one_ended_lately() {
		assertThat(FoundDates.in("The maker reported strong sales in the fourth quarter.", "2006-01-20"))
			.containsExactly("the fourth quarter=2005-10/2005-12");
		assertThat(
				FoundDates.in("The maker announced the closure of ten plants during the fourth quarter.", "2006-08-19"))
			.containsExactly("the fourth quarter=2006-10/2006-12");
	}

	@Test
	void the_year_ago_period_counts_back_from_the_quarter_reported_not_from_one_a_forecast_named() {
		assertThat(FoundDates.in("The mill posted a drop in third-quarter profit. Analysts expect the slump to "
				+ "continue into the fourth quarter. The mill earned $46 million. In the year-ago period, it earned "
				+ "$101 million.", "1989-10-26"))
			.contains("the year-ago period=1988-07/1988-09");
	}

	@Test
	void a_quarter_named_just_before_counts_even_when_still_to_come() {
		// a forecast and its comparison side by side
		assertThat(FoundDates.in(
				"The mill expects fourth-quarter profit to fall. In the year-ago period, it earned " + "$101 million.",
				"1989-10-26"))
			.contains("the year-ago period=1988-10/1988-12");
	}

	@Test
	void a_hyphenated_fiscal_quarter_is_read_as_the_spaced_one() {
		assertThat(FoundDates.in("The bank lost $2 million for the fiscal-first quarter ended Sept. 30.", "1989-10-26"))
			.contains("the fiscal-first quarter=1989-01/1989-03");
	}

	@Test
	void a_quarter_placed_by_its_year_in_a_report_of_a_quarter_is_that_quarter_in_the_year_written() {
		assertThat(
				FoundDates.in("Net rose in the third quarter. It earned $376,000 in the 1988 quarter.", "1989-10-30"))
			.containsExactly("the third quarter=1989-07/1989-09", "the 1988 quarter=1988-07/1988-09");
	}

	@Test
	void this_quarter_in_a_report_is_the_quarter_reported_and_ahead_the_current_one() {
		assertThat(FoundDates.in("The publisher lost $8 million in the third quarter ended Sept. 30. "
				+ "This quarter's loss includes charges of $4.9 million.", "1989-10-31"))
			.contains("This quarter=1989-07/1989-09");
		assertThat(FoundDates.in("Sales fell in the third quarter. The chain expects sales to rise this quarter.",
				"1989-10-31"))
			.contains("this quarter=1989-10/1989-12");
		assertThat(FoundDates.in("The chain opened four stores this quarter.", "1989-10-31"))
			.containsExactly("this quarter=1989-10/1989-12");
	}

}
