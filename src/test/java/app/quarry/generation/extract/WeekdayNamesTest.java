package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A weekday after "the" and before a capitalised word opens a name ("the Sunday Times",
 * "the Monday Club"); a weekday told as a day keeps its date, and so does "the Sunday"
 * before a month, a lower-case word or a time of day.
 */
class WeekdayNamesTest {

	@Test
	void a_weekday_between_the_and_a_capitalised_word_is_the_first_word_of_a_name() {
		assertThat(FoundDates.in("The plan was first reported by the Sunday Harbinger last month.", "2011-04-06"))
			.noneMatch(v -> v.startsWith("Sunday"));
		assertThat(FoundDates.in("Jane Roe told the Sunday Courier that the vote was lost.", "2011-04-06"))
			.noneMatch(v -> v.startsWith("Sunday"));
		assertThat(FoundDates.in("The Monday Club, a group of backbenchers, backed the motion.", "2011-04-06"))
			.noneMatch(v -> v.startsWith("Monday"));
		assertThat(FoundDates.in("He wrote a column for the Saturday Gazette for ten years.", "2011-04-06"))
			.noneMatch(v -> v.startsWith("Saturday"));
		assertThat(FoundDates.in("Fans of the Friday Review wrote in to complain.", "2011-04-06"))
			.noneMatch(v -> v.startsWith("Friday"));
	}

	@Test
	void a_weekday_told_as_a_day_keeps_its_date() {
		assertThat(FoundDates.in("On Sunday Jane Roe told reporters the vote was lost.", "2011-04-06"))
			.contains("Sunday=2011-04-03");
		assertThat(FoundDates.in("The council met on Monday.", "2011-04-06")).contains("Monday=2011-04-04");
		assertThat(FoundDates.in("Fans gathered on the Sunday before the final.", "2011-04-06"))
			.anyMatch(v -> v.startsWith("Sunday"));
		assertThat(FoundDates.in("The Sunday March 27 vote was the first in years.", "2011-04-06"))
			.anyMatch(v -> v.startsWith("Sunday"));
		assertThat(FoundDates.in("They left on the Sunday Morning train.", "2011-04-06"))
			.anyMatch(v -> v.startsWith("Sunday"));
	}

}
