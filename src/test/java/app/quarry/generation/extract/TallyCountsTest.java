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
	void a_score_is_read_after_its_verb_in_any_case_wherever_the_verb_stands() {
		assertThat(counts("Outpaced rivals 14 to 9, the rowers went home.")).containsExactly("14=14 rival",
				"9=9 rival");
		assertThat(counts("The blue crews TRAILED rivals 6 to 11.")).containsExactly("6=6 rival", "11=11 rival");
		assertThat(counts("The blue crews settled rivals 6 to 11.")).doesNotContain("6=6 rival");
	}

	@Test
	void a_tally_counts_votes_where_the_sentence_speaks_of_voting_and_not_elsewhere() {
		assertThat(counts("The council Voted 7-2 to close the old pier.")).containsExactly("7=7 vote", "2=2 vote");
		assertThat(counts("The home side won the match 3-1 at the old pier.")).isEmpty();
	}

	@Test
	void a_court_s_ruling_told_by_how_its_judges_split_is_a_tally() {
		assertThat(counts("The Westrian Supreme Court ruled 5-4 that the tax was lawful.")).containsExactly("5=5 vote",
				"4=4 vote");
		assertThat(counts("In a 6-3 decision, the court struck the law down.")).containsExactly("6=6 vote", "3=3 vote");
		assertThat(counts("The court heard the case after a 2-1 win for the Rovers.")).isEmpty();
	}

	@Test
	void a_stock_split_counts_the_shares_each_share_becomes() {
		assertThat(counts("The bank announced a 3-for-1 stock split and, later, a two-for-one split."))
			.containsExactly("3=3 share", "two=2 share");
		assertThat(counts("The club won the match 3-1 and the cup for 2-for-1 offers.")).isEmpty();
	}

}
