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
	void straight_quarters_of_growth_are_a_length_not_a_share() {
		assertThat(FoundDates.in("The country slid into recession after two consecutive quarters of decline.",
				"2009-03-02"))
			.containsExactly("two consecutive quarters=P2Q");
		assertThat(FoundDates.in("Three quarters of the members backed the merger.", "2009-03-02")).isEmpty();
	}

	@Test
	void a_unit_alone_after_in_just_is_a_length_whose_count_is_not_given() {
		assertThat(FoundDates.in("The index lost 300 points in just minutes.", "2009-03-02"))
			.containsExactly("minutes=PTXM");
	}

	@Test
	void the_past_decade_is_ten_years() {
		assertThat(FoundDates.in("Such protests had become routine over the past decade.", "1999-03-12"))
			.containsExactly("the past decade=P10Y");
	}

	@Test
	void quarters_counted_are_a_length_but_three_quarters_of_something_is_a_share() {
		assertThat(FoundDates.in("The mill has lost money in the past two quarters.", "1989-10-26"))
			.containsExactly("two quarters=P2Q");
		assertThat(FoundDates.in("Three quarters of the workers voted for the strike.", "1989-10-26")).isEmpty();
	}

	@Test
	void for_the_time_being_is_the_present() {
		assertThat(FoundDates.in("The bridge stays closed for the time being.", "2009-01-09"))
			.containsExactly("the time being=PRESENT_REF");
	}

	@Test
	void the_then_current_price_was_current_in_the_past() {
		assertThat(FoundDates.in("Holders could buy shares at half the then current price.", "1989-10-26"))
			.containsExactly("current=PAST_REF");
	}

	@Test
	void a_couple_of_years_is_two() {
		assertThat(FoundDates.in("It will not change for a couple of years.", "1998-01-08"))
			.containsExactly("a couple of years=P2Y");
	}

	@Test
	void tens_and_units_written_apart_are_one_number_not_the_units_alone() {
		assertThat(FoundDates.in("The ferry sat in port for thirty five days while the crew waited twenty one hours.",
				"2004-06-14"))
			.containsExactly("thirty five days=P35D", "twenty one hours=PT21H");
		assertThat(NumberWords.cardinal("forty  two")).isEqualTo(42L);
	}

	@Test
	void a_number_word_opening_a_sentence_still_counts_the_time() {
		assertThat(FoundDates.in("Twenty years of drought ended. Twelve years ago the mine shut.", "2004-06-14"))
			.containsExactly("Twenty years=P20Y", "Twelve years ago=1992");
	}

	@Test
	void durations_in_words_are_iso_durations() {
		assertThat(FoundDates.in("He served two years and about a month, then two decades.", null))
			.containsExactly("two years=P2Y", "a month=P1M", "two decades=P20Y");
	}

	@Test
	void a_length_of_time_without_its_count_is_a_vague_duration() {
		assertThat(FoundDates.in("The dam leaked for several years. Over the past few weeks the river rose, as it has "
				+ "in recent months, and engineers have argued for decades.", "2011-05-04"))
			.containsExactly("several years=PXY", "the past few weeks=PXW", "recent months=PXM", "decades=PXE");
	}

	@Test
	void recurring_times_are_sets() {
		assertThat(FoundDates.in("The ferry sails every day and the fair opens each July; the club meets each Thursday "
				+ "and the report appears annually.", "2011-05-04"))
			.containsExactly("every day=P1D", "each July=XXXX-07", "each Thursday=XXXX-WXX-4", "annually=P1Y");
	}

	@Test
	void now_and_the_past_are_times_without_a_calendar_day() {
		assertThat(FoundDates.in("Prices are now higher than in the past.", "2021-10-28"))
			.containsExactly("now=PRESENT_REF", "the past=PAST_REF");
	}

	@Test
	void times_placed_only_as_past_present_or_future_are_references() {
		assertThat(FoundDates.in("The mill recently closed. Prices are currently low, and the current owners will sell "
				+ "in the near future. Several years ago the town had two mills.", "2011-05-04"))
			.containsExactly("recently=PAST_REF", "currently=PRESENT_REF", "current=PRESENT_REF",
					"the near future=FUTURE_REF", "Several years ago=PAST_REF");
	}

	@Test
	void a_single_day_is_one_days_length() {
		assertThat(FoundDates.in("It was the worst single-day decline in the index's history.", "2008-09-30"))
			.containsExactly("single-day=P1D");
	}

}
