package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words that place a time only as still to come ("soon", "the near term", "a later
 * date"): TimeML gives them the value FUTURE_REF.
 */
class TimesStillToComeTest {

	@Test
	void soon_in_words_of_the_future_is_a_time_still_to_come() {
		assertThat(FoundDates.in("The bakery will soon open a second shop.", "2004-06-10"))
			.containsExactly("soon=FUTURE_REF");
		assertThat(FoundDates.in("The council wants the road repaired as soon as possible.", "2004-06-10"))
			.containsExactly("as soon as possible=FUTURE_REF");
	}

	@Test
	void soon_after_another_event_or_in_a_past_story_is_no_time_of_its_own() {
		assertThat(FoundDates.in("The singer was soon forgotten.", "2004-06-10")).isEmpty();
		assertThat(FoundDates.in("Leave as soon as the rain stops.", "2004-06-10")).isEmpty();
		assertThat(FoundDates.in("The shop closed soon after the flood.", "2004-06-10")).isEmpty();
	}

	@Test
	void the_near_short_and_long_term_are_times_still_to_come_but_long_term_debt_is_none() {
		assertThat(FoundDates.in("Prices may fall in the near term and rise in the long term.", "2004-06-10"))
			.containsExactly("the near term=FUTURE_REF", "the long term=FUTURE_REF");
		assertThat(FoundDates.in("The bank repaid the long-term loans.", "2004-06-10")).isEmpty();
	}

	@Test
	void a_later_date_is_a_time_still_to_come() {
		assertThat(FoundDates.in("The rest of the shares may be sold at a later date.", "2004-06-10"))
			.containsExactly("a later date=FUTURE_REF");
	}

}
