package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words of time that tell no time of their own: a fate ("the future of the mill"), an age
 * ("the cars of tomorrow") or a state ("the now-closed bank").
 */
class TimesWithoutADayTest {

	@Test
	void the_future_of_something_is_its_fate_but_in_the_future_is_a_time_to_come() {
		assertThat(FoundDates.in("Workers worry about the future of the mill.", "2004-06-10")).isEmpty();
		assertThat(FoundDates.in("The mill may close in the future.", "2004-06-10"))
			.containsExactly("the future=FUTURE_REF");
	}

	@Test
	void things_of_tomorrow_are_of_an_age_to_come_but_tomorrows_vote_is_a_day() {
		assertThat(FoundDates.in("She builds the cars of tomorrow.", "2004-06-10")).isEmpty();
		assertThat(FoundDates.in("All eyes are on the outcome of tomorrow's vote.", "2004-06-10"))
			.containsExactly("tomorrow=2004-06-11");
	}

	@Test
	void a_now_compound_is_a_state_and_not_the_present() {
		assertThat(FoundDates.in("Savers lost money in the now-closed bank.", "2004-06-10")).isEmpty();
		assertThat(FoundDates.in("The bank is now closed.", "2004-06-10")).containsExactly("now=PRESENT_REF");
	}

}
