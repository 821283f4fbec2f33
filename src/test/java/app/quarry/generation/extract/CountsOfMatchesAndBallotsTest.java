package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts of sports reports and ballots: a minute counted on, a whole told "out of" a bare
 * number, the signal that starts a match, a bare ordinal used as an adverb, an age still
 * to come, the quoted word of a ballot and a level on a scale.
 */
class CountsOfMatchesAndBallotsTest {

	@Test
	void a_minute_counted_on_from_a_time_is_one_minute() {
		assertThat(counts("A minute later, Jane Roe scored again for Westria.")).containsExactly("A minute=1 minute");
		assertThat(counts("Mary Poe levelled for Acme barely a minute later.")).containsExactly("a minute=1 minute");
		assertThat(counts("An hour later the ferry sailed.")).containsExactly("An hour=1 hour");
		assertThat(counts("He was fined for a minute and a half of delay.")).isEmpty();
	}

	@Test
	void a_whole_told_out_of_a_bare_number_is_counted_too() {
		assertThat(counts("Roe has won five out of nine major titles in her career.")).containsExactly("five=5 title",
				"nine=9 title");
		assertThat(counts("Acme has lost three out of four big contracts this year."))
			.containsExactly("three=3 contract", "four=4 contract");
		assertThat(counts("Tests found lead in four out of eight water samples from the town."))
			.containsExactly("four=4 sample", "eight=8 sample");
	}

	@Test
	void a_rate_on_a_round_base_or_a_rank_in_a_chart_leaves_its_whole_unasked() {
		assertThat(counts("Three out of 10 voters have not decided.")).noneMatch(c -> c.startsWith("10"));
		assertThat(counts("Seven out of 100 patients had a fever.")).noneMatch(c -> c.startsWith("100"));
		assertThat(counts("Twelve out of the top 30 albums were reissues.")).containsExactly("Twelve=12 album");
	}

	@Test
	void the_first_whistle_or_bell_starts_a_contest_and_ranks_nothing() {
		assertThat(counts("The hosts pressed from the first whistle and scored early.")).isEmpty();
		assertThat(counts("At the first bell, Roe rushed forward.")).isEmpty();
		assertThat(counts("It was his second whistle of the night.")).containsExactly("second=2th whistle");
	}

	@Test
	void a_bare_ordinal_before_a_verb_and_its_object_is_an_adverb() {
		assertThat(counts("Her shot from the edge of the box 1st hit the bar before going in.")).isEmpty();
		assertThat(counts("His header 2nd struck the crossbar and went over.")).isEmpty();
		assertThat(counts("Roe scored on 7th minute after a corner.")).containsExactly("7th=7th minute");
		assertThat(counts("Roe scored a 7th minute goal for Acme.")).containsExactly("7th=7th minute");
	}

	@Test
	void an_age_still_to_come_is_counted_in_years() {
		assertThat(counts("She will turn 40 next month.")).containsExactly("40=40 year");
		assertThat(counts("Roe, who is due to turn 18 in May, signed for Acme.")).containsExactly("18=18 year");
		assertThat(counts("Acme plans to turn 12 stores into flats.")).noneMatch(c -> c.endsWith("year"));
	}

	@Test
	void the_quoted_word_of_a_ballot_lets_both_numbers_count_its_votes() {
		assertThat(counts("The final count gave 41,250 \"Yes\" and 52,775 \"No\" votes."))
			.containsExactly("41,250=41250 vote", "52,775=52775 vote");
		assertThat(counts("Some 3,400 \"Leave\" ballots were spoiled.")).containsExactly("3,400=3400 ballot");
	}

	@Test
	void a_bare_number_a_level_on_a_scale_is_moved_to_counts_levels() {
		assertThat(counts("Its alert level has been raised to five.")).containsExactly("five=5 level");
		assertThat(counts("The national threat level was lowered to two on Monday, officials said."))
			.containsExactly("two=2 level");
		assertThat(counts("The water level was raised to 40 percent of capacity.")).isEmpty();
	}

}
