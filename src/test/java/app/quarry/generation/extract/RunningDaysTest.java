package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day or week named by its place in a run or a record is the day, or the week, the
 * report is dated; a sentence naming another time keeps it unplaced.
 */
class RunningDaysTest {

	@Test
	void a_run_of_days_reaches_the_day_of_the_report() {
		assertThat(FoundDates.in("Trading on the exchange was suspended for a second consecutive day.", "2011-03-16"))
			.containsExactly("second consecutive day=2011-03-16");
		assertThat(FoundDates.in("The port stayed shut for a third straight day.", "2011-03-16"))
			.containsExactly("third straight day=2011-03-16");
	}

	@Test
	void a_run_of_weeks_reaches_the_week_of_the_report() {
		assertThat(FoundDates.in("Shares of the carmaker rose for a fourth week in a row.", "2011-03-16"))
			.containsExactly("fourth week=2011-03-14/2011-03-20");
	}

	@Test
	void the_day_a_strike_or_an_offensive_has_reached_is_today() {
		assertThat(FoundDates.in("Today is the eighth day of the dock strike.", "2011-03-16"))
			.contains("eighth day=2011-03-16");
		assertThat(FoundDates.in("It's the second day of an offensive by the rebels.", "2011-03-16"))
			.containsExactly("second day=2011-03-16");
	}

	@Test
	void day_three_of_a_strike_and_the_eve_of_a_visit_are_the_day_of_the_report() {
		assertThat(FoundDates.in("Today is day three of the dock strike.", "2011-03-16"))
			.contains("day three=2011-03-16");
		assertThat(FoundDates.in("This is the eve of the king's visit to one of the last ports of the empire.",
				"2011-03-16"))
			.containsExactly("eve=2011-03-16");
		assertThat(FoundDates.in("This is the eve of the vote on Friday.", "2011-03-16")).contains("eve=null");
		assertThat(FoundDates.in("The strike, now in its third day, closed the port.", "2011-03-16"))
			.contains("third day=2011-03-16");
	}

	@Test
	void a_record_since_a_time_is_the_period_of_the_report() {
		assertThat(FoundDates.in("The index had its best week since November.", "2011-03-16"))
			.contains("week=2011-03-14/2011-03-20");
	}

	@Test
	void a_run_in_a_sentence_that_names_another_time_is_not_placed() {
		assertThat(FoundDates.in("The index fell for a third straight day on Tuesday.", "2011-03-16"))
			.contains("third straight day=null");
		assertThat(FoundDates.in("In 1929 the market fell for a fourth day in a row.", "2011-03-16"))
			.contains("fourth day=null");
	}

	@Test
	void an_ordinal_day_that_is_no_run_is_no_date() {
		assertThat(FoundDates.in("The second week of the trial opened with a witness.", "2011-03-16")).isEmpty();
		assertThat(FoundDates.in("On his third day in office, the mayor fired the police chief.", "2011-03-16"))
			.isEmpty();
	}

}
