package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weekdays, feasts and times of day placed from the date line and the words around them.
 */
class DaysAndTimesTest {

	@Test
	void noon_and_midnight_are_times_of_the_day_they_name() {
		assertThat(FoundDates.in("Negotiations broke off at noon Thursday.", "1998-02-13"))
			.contains("noon Thursday=1998-02-12T12:00");
		assertThat(FoundDates.in("The offer will expire at midnight Friday.", "1989-10-25"))
			.contains("midnight Friday=1989-10-27T24:00");
	}

	@Test
	void a_weekday_with_its_date_before_a_colon_is_that_date() {
		assertThat(FoundDates.in("The New York Times said in an editorial on Saturday, April 25: The court erred.",
				"1998-04-24"))
			.containsExactly("Saturday, April 25=1998-04-25");
	}

	@Test
	void words_of_a_plan_point_to_the_next_weekday() {
		assertThat(FoundDates.in("The team planned to leave Nairobi on Thursday.", "1998-09-30"))
			.containsExactly("Thursday=1998-10-01");
		assertThat(FoundDates.in("The peace process, set to resume Monday in Belfast, was attacked.", "1998-03-22"))
			.containsExactly("Monday=1998-03-23");
	}

	@Test
	void the_day_before_an_event_is_not_the_day_before_the_last_date() {
		assertThat(FoundDates
			.in("Eight trading days after Oct. 12, the day before the stock market plunge, prices fell.", "1989-10-30"))
			.contains("the day=1989-10-12");
		assertThat(FoundDates.in("He flew in on Oct. 12. He left the day before.", "1989-10-30"))
			.contains("the day before=1989-10-11");
	}

	@Test
	void a_plan_told_in_the_past_perfect_was_for_the_weekday_past() {
		assertThat(FoundDates.in("The offer had been due to expire Friday evening.", "1989-10-30"))
			.contains("Friday evening=1989-10-27TEV");
		assertThat(FoundDates.in("The vote previously had been scheduled for Thursday.", "1989-10-30"))
			.containsExactly("Thursday=1989-10-26");
	}

	@Test
	void next_to_a_place_is_no_word_of_the_future() {
		assertThat(FoundDates.in("Dozens died since a fire swept a hotel next to the station Friday morning.",
				"1998-08-08"))
			.contains("Friday morning=1998-08-07TMO");
	}

	@Test
	void a_weekday_after_an_irregular_past_verb_is_the_one_past() {
		assertThat(
				FoundDates.in("Nothing could stop the storm that tore through the village Sunday night.", "1998-10-26"))
			.contains("Sunday night=1998-10-25TNI");
	}

	@Test
	void a_rough_count_back_or_so_ago_counts_back_from_the_date_line() {
		assertThat(FoundDates.in("Then, a week or so ago, the general chose a date.", "1991-02-25"))
			.containsExactly("a week or so ago=1991-02-18");
	}

	@Test
	void decades_ago_count_back_whole_years_from_the_date_line() {
		assertThat(FoundDates.in("A decade ago the town had no bridge; two decades ago it had no road.", "1999-03-12"))
			.containsExactly("A decade ago=1989", "two decades ago=1979");
	}

	@Test
	void this_past_spring_is_the_last_spring() {
		assertThat(FoundDates.in("The mill shut down this past spring.", "1989-10-26"))
			.containsExactly("this past spring=1989-03/1989-05");
	}

	@Test
	void a_weekday_whose_events_are_reported_is_the_one_past() {
		assertThat(FoundDates.in("The notes carry a 24% premium over Thursday's closing price.", "1989-10-30"))
			.containsExactly("Thursday=1989-10-26");
	}

	@Test
	void a_weekday_in_a_quotation_takes_the_tense_of_the_words_quoted() {
		assertThat(FoundDates.in("“We leave on Thursday,” Castro said.", "2000-04-05"))
			.containsExactly("Thursday=2000-04-06");
	}

	@Test
	void today_in_a_name_is_no_day() {
		assertThat(FoundDates.in("The report ran in USA Today. Today, the paper corrected it.", "1998-03-31"))
			.containsExactly("Today=1998-03-31");
	}

	@Test
	void since_before_a_day_places_it_in_the_past() {
		assertThat(FoundDates.in("Agents have been searching for Voss since shortly after the Oct. 23 slaying.",
				"1999-05-06"))
			.containsExactly("Oct. 23=1998-10-23");
	}

	@Test
	void thanksgiving_is_the_fourth_thursday_of_november() {
		assertThat(FoundDates.in("The boy was found on Thanksgiving Day clinging to an inner tube.", "2000-01-06"))
			.containsExactly("Thanksgiving Day=1999-11-25");
	}

	@Test
	void a_part_of_a_day_is_a_time_of_that_day() {
		assertThat(FoundDates.times("The vote was held Tuesday night.", "2011-05-05"))
			.containsExactly("Tuesday night=2011-05-03TNI");
		assertThat(FoundDates.times("The mayor spoke this morning.", "2011-05-05"))
			.containsExactly("this morning=2011-05-05TMO");
	}

	@Test
	void a_clock_time_takes_the_day_written_with_it_or_the_last_day_named() {
		assertThat(FoundDates.times("The polls close at 8 p.m. Thursday. On May 2, the ferry left at 10:35 a.m. "
				+ "The tower fell at 14:08 UTC.", "2011-05-04"))
			.containsExactly("8 p.m. Thursday=2011-05-05T20:00", "10:35 a.m.=2011-05-02T10:35",
					"14:08 UTC=2011-05-02T14:08Z");
	}

	@Test
	void a_weekday_written_with_its_date_is_that_date() {
		assertThat(FoundDates.in("The paper said in an editorial on Monday, Oct. 26, 2009 that the vote was fair.",
				"2009-11-21"))
			.containsExactly("Monday, Oct. 26, 2009=2009-10-26");
	}

	@Test
	void the_weekend_is_the_one_just_past_unless_the_words_speak_ahead() {
		assertThat(FoundDates.in("Talks went on over the weekend.", "2011-05-04"))
			.containsExactly("the weekend=2011-04-30/2011-05-01");
		assertThat(FoundDates.in("Talks will resume over the weekend.", "2011-05-04"))
			.containsExactly("the weekend=2011-05-07/2011-05-08");
	}

	@Test
	void a_date_followed_by_a_time_of_day_is_also_a_time() {
		assertThat(FoundDates.in("The vote closed on March 3, 2020 at 5:30 p.m. in Ohio.", null))
			.containsExactly("March 3, 2020=2020-03-03", "March 3, 2020 at 5:30 p.m.=2020-03-03T17:30");
	}

}
