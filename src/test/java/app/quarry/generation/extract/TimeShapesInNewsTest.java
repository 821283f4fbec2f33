package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Shapes of dates and lengths that news writes in few words. */
class TimeShapesInNewsTest {

	@Test
	void days_listed_after_a_month_are_dates_of_that_month() {
		assertThat(FoundDates.in("The fair opens in Leeds on June 11 and 12.", "2003-05-20"))
			.containsExactly("June 11=2003-06-11", "12=2003-06-12");
		assertThat(FoundDates.in("Hearings are set for May 5, 6 and 7, 2001, in Oslo.", "2000-11-02"))
			.containsExactly("May 5=2001-05-05", "6=2001-05-06", "7, 2001=2001-05-07");
	}

	@Test
	void a_number_after_a_day_that_counts_something_is_no_day() {
		assertThat(FoundDates.in("On March 3, 4 guards were hurt.", "2003-05-20"))
			.containsExactly("March 3=2003-03-03");
		assertThat(FoundDates.in("Sales rose on June 11 and 12 percent more on Friday.", "2003-06-20"))
			.containsExactly("June 11=2003-06-11", "Friday=2003-06-20");
	}

	@Test
	void could_not_be_reached_on_a_weekday_is_a_weekday_gone_by() {
		assertThat(FoundDates.in("The mayor could not be reached Tuesday at his office.", "2004-03-11"))
			.containsExactly("Tuesday=2004-03-09");
	}

	@Test
	void a_count_and_a_half_of_a_unit_is_a_length() {
		assertThat(FoundDates.in("The line stood still for a minute and a half later that night.", "2004-03-11"))
			.contains("a minute and a half=PT1M30S");
		assertThat(FoundDates.in("The bridge opened nearly three and a half years late.", "2004-03-11"))
			.containsExactly("three and a half years=P3Y6M");
	}

	@Test
	void one_day_after_a_modal_is_some_day_ahead_but_one_day_a_week_is_a_length() {
		assertThat(FoundDates.in("She hopes the valley will one day grow rice again.", "2004-03-11"))
			.containsExactly("one day=FUTURE_REF");
		assertThat(FoundDates.in("The clinic was cut back to one day a week.", "2004-03-11")).contains("one day=P1D");
	}

	@Test
	void todays_youth_is_the_present_age_no_time_expression_not_the_day() {
		assertThat(FoundDates.in("He said the songs speak for today's youth in the valley.", "2004-03-11")).isEmpty();
		assertThat(FoundDates.in("The notice ran in today's editions.", "2004-03-11"))
			.containsExactly("today=2004-03-11");
	}

	@Test
	void decades_written_without_apostrophe_after_of_or_from_are_decades() {
		assertThat(FoundDates.in("The show brings back the jukebox hits of the 60s and 70s.", "2004-03-11"))
			.containsExactly("60s and 70s=1960/1979");
		assertThat(FoundDates.in("Highs in the 70s are forecast.", "2004-03-11")).isEmpty();
	}

	@Test
	void the_first_count_of_a_range_is_a_length_in_the_unit_after_the_second() {
		assertThat(FoundDates.in("Repairs take between 40 and 70 days.", "2004-03-11")).containsExactly("40=P40D",
				"70 days=P70D");
		assertThat(FoundDates.in("Each patient waits two to five weeks.", "2004-03-11")).containsExactly("two=P2W",
				"five weeks=P5W");
	}

	@Test
	void a_unit_long_adjective_is_one_unit_of_length() {
		assertThat(FoundDates.in("The union ended its week-long walkout.", "2004-03-11"))
			.containsExactly("week-long=P1W");
	}

	@Test
	void a_year_inside_a_name_is_no_date_but_an_event_with_its_year_on_a_title_line_is() {
		assertThat(FoundDates.in("The Wilshire 5000 Index and the Acme 1990 Fund fell.", "2004-03-11")).isEmpty();
		assertThat(FoundDates.in("Shares of Nordex 1985, a maker of pumps, rose.", "2004-03-11")).isEmpty();
		assertThat(FoundDates.in("Jobs opens Expo 2003\nThe show began on Monday.", "2003-06-24"))
			.contains("2003=2003");
	}

	@Test
	void a_month_or_season_after_their_or_its_is_the_one_told_of() {
		assertThat(FoundDates.in("Dealers posted their October sales on Tuesday.", "2007-11-08"))
			.containsExactly("October=2007-10", "Tuesday=2007-11-06");
		assertThat(FoundDates.in("The bank held its Spring meetings in Lima.", "2007-06-20"))
			.containsExactly("Spring=2007-03/2007-05");
	}

	@Test
	void a_clock_time_with_its_universal_time_in_brackets_is_on_the_weekday_after_them() {
		assertThat(FoundDates.times("The quake struck at 4:10 p.m. (1410 GMT) Tuesday near the coast.", "2002-03-09"))
			.containsExactly("4:10 p.m.=2002-03-05T16:10", "1410 GMT=2002-03-05T14:10Z");
	}

	@Test
	void an_event_planned_for_a_weekday_lies_ahead_unless_the_plan_is_told_as_past_perfect() {
		assertThat(FoundDates.in("Farmers planned a march in the capital on Sunday.", "2006-05-12"))
			.containsExactly("Sunday=2006-05-14");
		assertThat(FoundDates.in("Farmers had planned a march in the capital on Sunday.", "2006-05-12"))
			.containsExactly("Sunday=2006-05-07");
	}

	@Test
	void hours_or_minutes_later_are_a_length_as_no_time_of_day_is_counted_from() {
		assertThat(FoundDates.in("About an hour later, the ferry sank.", "2006-05-12")).containsExactly("an hour=PT1H");
		assertThat(FoundDates.in("Ten minutes earlier the pilot radioed.", "2006-05-12"))
			.containsExactly("Ten minutes=PT10M");
	}

	@Test
	void a_part_of_the_day_after_in_or_by_is_a_time_of_the_day_told_of() {
		assertThat(FoundDates.times("On Friday, Oct. 2, the rebels regrouped. By mid afternoon, the town fell.",
				"1998-10-05"))
			.containsExactly("mid afternoon=1998-10-02TAF");
		assertThat(FoundDates.times("Traders sold heavily in the morning.", "1998-10-05"))
			.containsExactly("morning=1998-10-05TMO");
		assertThat(FoundDates.in("He reads the morning paper.", "1998-10-05")).isEmpty();
	}

	@Test
	void an_hour_in_the_morning_or_evening_is_a_clock_time() {
		assertThat(FoundDates.times("The ferry sails at 9 in the evening.", "1998-10-05"))
			.containsExactly("9 in the evening=1998-10-05T21:00");
	}

	@Test
	void a_count_after_a_day_and_a_comma_is_no_second_day_of_the_month() {
		assertThat(FoundDates.in("By June 1, 30 in all had fled the valley.", "2004-06-11"))
			.containsExactly("June 1=2004-06-01");
	}

}
