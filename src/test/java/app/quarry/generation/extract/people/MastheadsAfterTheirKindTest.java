package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A paper's title named right after the noun for its kind is a name even when its words
 * are ones a place or a people take, as "Daily Post" or "Times" are.
 */
class MastheadsAfterTheirKindTest {

	@Test
	void a_title_of_common_words_after_newspaper_is_described_as_the_newspaper() {
		assertThat(FoundOrganisations.in("Norland newspaper The Daily Post reported that two villages were flooded."))
			.contains("Daily Post | Norland newspaper");
		assertThat(FoundOrganisations.in("The Ostland newspaper The Times reported the sale on Friday."))
			.contains("Times | Ostland newspaper");
	}

	@Test
	void a_title_opening_with_a_day_after_newspaper_is_a_name_too() {
		assertThat(FoundOrganisations.in("The Westrian newspaper Sunday Courier has printed the letter in full."))
			.contains("Sunday Courier | Westrian newspaper");
		assertThat(FoundOrganisations.in("Kestrel weekly The Sunday Herald printed the letter in full."))
			.contains("Sunday Herald | Kestrel weekly");
		assertThat(FoundOrganisations.in("Staff said the Sunday Courier had not arrived."))
			.noneMatch(line -> line.startsWith("Sunday Courier"));
		assertThat(FoundOrganisations.in("The newspaper on Sunday Times Square printed the letter."))
			.noneMatch(line -> line.startsWith("Sunday"));
	}

	@Test
	void the_same_words_without_a_noun_for_a_paper_before_them_are_no_name() {
		assertThat(FoundOrganisations.in("Norland post office staff said the Daily Post had not arrived."))
			.noneMatch(line -> line.startsWith("Daily Post"));
	}

}
