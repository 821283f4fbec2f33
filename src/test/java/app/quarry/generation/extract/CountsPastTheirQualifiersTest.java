package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A count or rank keeps its noun past the words that qualify it: "four family firms",
 * "two US banks", "the unlikely third son of", "a record fifth title"; and a result told
 * with "did come" is a placing.
 */
class CountsPastTheirQualifiersTest {

	@Test
	void a_noun_or_adjective_ending_in_ly_before_the_noun_is_no_adverb() {
		assertThat(counts("Four family bakeries and three daily papers backed the plan."))
			.containsExactly("Four=4 bakery", "three=3 paper");
		assertThat(counts("Five small family farms were sold.")).containsExactly("Five=5 farm");
	}

	@Test
	void an_abbreviation_in_capitals_before_the_noun_is_a_name_not_a_pronoun() {
		assertThat(counts("Rivals gained when two US consumer safety groups warned shoppers."))
			.containsExactly("two=2 group");
		assertThat(counts("Three IT suppliers bid for the work.")).containsExactly("Three=3 supplier");
		assertThat(counts("The rangers gave two of us a lift.")).isEmpty();
	}

	@Test
	void an_ordinal_after_a_determiner_and_an_adjective_ranks_the_noun_after_it() {
		assertThat(counts("Jane Roe, the illegitimate second son of a miner, ran the mill."))
			.containsExactly("second=2th son");
		assertThat(counts("She won a record fifth title. He seeks an unprecedented third term."))
			.containsExactly("fifth=5th title", "third=3th term");
	}

	@Test
	void first_after_a_noun_is_an_adverb_not_a_rank() {
		assertThat(counts("The government first announced the plan in spring.")).isEmpty();
	}

	@Test
	void kin_are_ranked_by_the_ordinal_before_them() {
		assertThat(counts("Mr Roe married his second wife in Dunmore. Her fourth child was born there."))
			.containsExactly("second=2th wife", "fourth=4th child");
	}

	@Test
	void a_result_told_with_did_come_is_a_placing_but_a_priority_is_not() {
		assertThat(counts("The Green Alliance did come third in the Eastfield ward."))
			.containsExactly("third=3th place");
		assertThat(counts("The young runner came second in the race.")).containsExactly("second=2th place");
		assertThat(counts("Safety must come first in every decision.")).isEmpty();
	}

}
