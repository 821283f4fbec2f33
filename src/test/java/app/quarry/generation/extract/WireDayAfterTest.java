package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A news agency files its story on the day of its date line, often for the next morning's
 * papers or from a place whose day runs ahead: the weekday after the date line is that
 * next day, told in the past. A newspaper dated the day it is printed cannot report the
 * next day's news.
 */
class WireDayAfterTest {

	// 2003-03-13 is a Thursday

	@Test
	void an_agency_story_telling_of_the_day_after_its_date_line_tells_of_that_day() {
		assertThat(FoundDates.in("OSLO, Norway (AP) _ Norland had the right to protect its fishing fleet, "
				+ "the government said Friday.", "2003-03-13"))
			.containsExactly("Friday=2003-03-14");
		assertThat(FoundDates.in("LIMA (Reuters) - The trade minister headed Friday to the border.", "2003-03-13"))
			.containsExactly("Friday=2003-03-14");
		assertThat(FoundDates.in("ACCRA, March 13 (Xinhua) -- The cabinet approved Friday a new budget.", "2003-03-13"))
			.contains("Friday=2003-03-14");
	}

	@Test
	void a_newspaper_dated_the_day_it_is_printed_tells_of_last_weeks_day() {
		assertThat(FoundDates.in("The mayor was told Friday that the council would not back him.", "2003-03-13"))
			.containsExactly("Friday=2003-03-07");
	}

	@Test
	void other_past_weekdays_of_an_agency_story_stay_in_the_week_before() {
		assertThat(FoundDates.in("OSLO, Norway (AP) _ The talks broke down Saturday, the minister said Wednesday.",
				"2003-03-13"))
			.containsExactly("Saturday=2003-03-08", "Wednesday=2003-03-12");
	}

}
