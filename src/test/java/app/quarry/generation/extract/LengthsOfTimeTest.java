package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lengths of time, and the words that only look like one. */
class LengthsOfTimeTest {

	@Test
	void an_amount_per_unit_of_time_is_a_rate_not_a_length() {
		assertThat(FoundDates.in("It will save $500 million a year and add 700 seats a week.", "1989-10-26")).isEmpty();
	}

	@Test
	void a_unit_alone_after_for_is_still_a_length() {
		assertThat(FoundDates.in("The plant was idle for a year.", "1989-10-26")).containsExactly("a year=P1Y");
	}

	@Test
	void trading_and_straight_days_are_days() {
		assertThat(FoundDates.in("Eight trading days passed after six straight days of losses.", "2009-03-02"))
			.containsExactly("Eight trading days=P8D", "six straight days=P6D");
	}

	@Test
	void a_couple_of_years_is_two() {
		assertThat(FoundDates.in("It will not change for a couple of years.", "1998-01-08"))
			.containsExactly("a couple of years=P2Y");
	}

}
