package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Days placed from the day a story has just told of rather than from its date line ("the
 * previous Friday", "earlier that day"), a holiday placed by its rule, and "now" that
 * only turns the telling.
 */
class DaysToldOfBeforeTest {

	@Test
	void the_previous_or_following_weekday_is_counted_from_the_day_just_told_of() {
		assertThat(FoundDates.in("The index closed at 410 on June 9, down 2% from the previous Friday.", "2004-06-14"))
			.containsExactly("June 9=2004-06-09", "the previous Friday=2004-06-04");
		assertThat(FoundDates.in("The ferry sank on June 2 and the search ended the following Monday.", "2004-06-14"))
			.containsExactly("June 2=2004-06-02", "the following Monday=2004-06-07");
	}

	@Test
	void that_day_is_the_day_just_told_of_and_nothing_without_one() {
		assertThat(FoundDates.in("The storm reached the coast on June 2. Earlier that day, the port was closed.",
				"2004-06-14"))
			.containsExactly("June 2=2004-06-02", "Earlier that day=2004-06-02");
		assertThat(FoundDates.in("Traders who sell that day often regret it.", "2004-06-14")).isEmpty();
	}

	@Test
	void election_day_is_the_tuesday_after_the_first_monday_of_november() {
		assertThat(FoundDates.in("The mayor hopes to win on Election Day.", "2006-06-10"))
			.containsExactly("Election Day=2006-11-07");
	}

	@Test
	void now_opening_a_sentence_before_a_comma_only_turns_the_telling() {
		assertThat(FoundDates.in("The mill closed in 1990. Now, the owners say it may reopen.", "2004-06-14"))
			.containsExactly("1990=1990");
		assertThat(FoundDates.in("The mill is now closed.", "2004-06-14")).containsExactly("now=PRESENT_REF");
	}

	@Test
	void the_day_after_an_event_is_a_day_from_the_one_just_told_of() {
		assertThat(FoundDates.in("The bridge fell on June 2. Divers came the day after the collapse.", "2004-06-14"))
			.containsExactly("June 2=2004-06-02", "the day=2004-06-03");
		assertThat(FoundDates.in("The vote was held June 9, the day before the strike began.", "2004-06-14"))
			.containsExactly("June 9=2004-06-09", "the day=2004-06-09");
		assertThat(FoundDates.in("Stocks fell on June 9 but rallied late in the day after a rate cut.", "2004-06-14"))
			.containsExactly("June 9=2004-06-09", "the day=2004-06-09");
	}

	@Test
	void the_past_three_summers_is_not_the_past() {
		assertThat(FoundDates.in("The town flooded in each of the past three summers.", "2004-06-14"))
			.noneMatch(d -> d.startsWith("the past="));
	}

	@Test
	void the_day_before_or_after_a_named_day_is_one_date_counted_from_it() {
		// 2004-06-17 is a Thursday
		assertThat(FoundDates.in("The day before last Tuesday's hearing, the lawyer flew home.", "2004-06-17"))
			.containsExactly("The day before last Tuesday=2004-06-14");
		assertThat(FoundDates.in("The shop reopened the day after June 2.", "2004-06-17"))
			.containsExactly("the day after June 2=2004-06-03");
	}

}
