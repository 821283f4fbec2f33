package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day word written with a capital inside a sentence ("the BBC's Today programme",
 * "Radio Tonight") names a programme or a paper, not a day; at the head of a sentence it
 * is still the day.
 */
class DayWordsInNamesTest {

	@Test
	void a_capitalised_day_word_after_a_possessive_or_a_lower_case_word_is_a_name() {
		assertThat(FoundDates.in("Jane Roe told the Globe's Today programme that the plan had failed.", "2011-04-02"))
			.noneMatch(v -> v.startsWith("Today"));
		assertThat(FoundDates.in("Speaking on Acme TV's Tonight show, John Doe praised the nurses.", "2011-04-02"))
			.noneMatch(v -> v.startsWith("Tonight"));
		assertThat(FoundDates.in("The story was first reported by Metro Today and later by the Herald.", "2011-04-02"))
			.noneMatch(v -> v.startsWith("Today"));
		assertThat(FoundDates.in("The minister was interviewed on Tomorrow's World about the new rail line.",
				"2011-04-02"))
			.noneMatch(v -> v.startsWith("Tomorrow"));
		assertThat(FoundDates.in("He misled listeners of Today when he spoke about the tender.", "2011-04-02"))
			.noneMatch(v -> v.startsWith("Today"));
	}

	@Test
	void a_day_word_opening_a_sentence_or_a_quotation_is_still_the_day() {
		assertThat(FoundDates.in("The talks ended. Today the union will vote on the offer.", "2011-04-02"))
			.contains("Today=2011-04-02");
		assertThat(FoundDates.in("\"Tomorrow we start again,\" Jane Roe said.", "2011-04-02"))
			.contains("Tomorrow=2011-04-03");
		assertThat(FoundDates.in("The mayor said the bridge will reopen today.", "2011-04-02"))
			.contains("today=2011-04-02");
		assertThat(FoundDates.in("Yesterday, Acme cut 40 jobs.", "2011-04-02")).contains("Yesterday=2011-04-01");
	}

}
