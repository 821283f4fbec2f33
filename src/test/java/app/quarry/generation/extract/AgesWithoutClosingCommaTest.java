package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A bare number after a person's full name and a comma is that person's age even when its
 * closing comma is left out: "and" and the next person, a note in brackets or the
 * person's verb close it instead. After a place or a body's name it is no age.
 */
class AgesWithoutClosingCommaTest {

	@Test
	void an_age_closed_by_and_then_the_next_person_is_an_age() {
		assertThat(counts("The gunman shot Jane Roe, 23 and her brother before he fled.")).contains("23=23 year");
		assertThat(counts("Rescuers pulled out Tom Vale, 67 and his wife from the rubble.")).contains("67=67 year");
		assertThat(counts("Police named Ann Lee, 34 and Carl Moss, 36, as the drivers.")).contains("34=34 year",
				"36=36 year");
	}

	@Test
	void an_age_closed_by_the_persons_verb_is_an_age() {
		assertThat(counts("As the fire spread, Ruth Hale, 28 began shouting for help.")).contains("28=28 year");
		assertThat(counts("Jane Roe, 45 was later released without charge.")).contains("45=45 year");
		assertThat(counts("Mark Lund, 71 who ran the shop for decades, said he would reopen.")).contains("71=71 year");
	}

	@Test
	void an_age_closed_by_a_note_in_brackets_is_an_age() {
		assertThat(counts("Peter Lund, 61 (ferry captain, Lutheran)")).contains("61=61 year");
		assertThat(counts("Lucy Hale, 54 (Lutheran)")).contains("54=54 year");
	}

	@Test
	void a_number_after_a_place_or_a_body_or_before_a_noun_is_no_age() {
		assertThat(counts("In North Westria, 28 died after the storm.")).doesNotContain("28=28 year");
		assertThat(counts("The table put Harbour United, 48 (with a game in hand) on top."))
			.doesNotContain("48=48 year");
		assertThat(counts("The table put Port Vale, 48 points clear.")).doesNotContain("48=48 year");
		assertThat(counts("The scores of Tom Vale, 41 and 52, were the best.")).doesNotContain("41=41 year");
		assertThat(counts("Acme Holdings, 45 (2019)")).doesNotContain("45=45 year");
	}

}
