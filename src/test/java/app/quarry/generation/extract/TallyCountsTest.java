package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tally ("52-35") counts votes only where the text speaks of voting; a text is searched
 * for tallies only when "vot" stands in it in some case.
 */
class TallyCountsTest {

	@Test
	void a_text_may_name_votes_only_where_vot_stands_in_it_in_any_case() {
		assertThat(TallyCounts.mayNameVotes("The council VOTED at noon.")).isTrue();
		assertThat(TallyCounts.mayNameVotes("Voting closed.")).isTrue();
		assertThat(TallyCounts.mayNameVotes("a pivot")).isTrue();
		assertThat(TallyCounts.mayNameVotes("The council met at noon.")).isFalse();
		assertThat(TallyCounts.mayNameVotes("vo")).isFalse();
	}

	@Test
	void a_tally_counts_votes_where_the_sentence_speaks_of_voting_and_not_elsewhere() {
		assertThat(counts("The council Voted 7-2 to close the old pier.")).containsExactly("7=7 vote", "2=2 vote");
		assertThat(counts("The home side won the match 3-1 at the old pier.")).isEmpty();
	}

}
