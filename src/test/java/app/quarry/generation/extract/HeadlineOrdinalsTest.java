package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A headline drops the article before an ordinal, yet the ordinal right after its verb
 * still ranks the noun it opens; in running text an ordinal still needs its determiner.
 */
class HeadlineOrdinalsTest {

	private static final String BODY = "\nTuesday, 14 March 2005\nThe firm said on Tuesday it was pleased.";

	@Test
	void an_ordinal_after_a_headlines_verb_ranks_the_noun_it_opens() {
		assertThat(counts("Acme performs first successful test of new rocket" + BODY)).contains("first=1th test");
		assertThat(counts("Parliament approves second budget package" + BODY)).contains("second=2th budget package");
		assertThat(counts("Council to hold first public hearing on bridge" + BODY)).contains("first=1th hearing");
		assertThat(counts("Northfield Rovers clinch fourth straight cup" + BODY)).contains("fourth=4th cup");
		assertThat(counts("Club signs first female coach" + BODY)).contains("first=1th coach");
		assertThat(counts("Jane Roe launched third novel in Leeds" + BODY)).contains("third=3th novel");
	}

	@Test
	void an_ordinal_after_a_preposition_or_in_running_text_needs_its_determiner() {
		assertThat(counts("Acme at first refuses to comment" + BODY)).noneMatch((c) -> c.startsWith("first="));
		assertThat(counts("Minister is first to resign" + BODY)).noneMatch((c) -> c.startsWith("first=1th resign"));
		assertThat(counts("The board first approved plan for bridge" + BODY)).noneMatch((c) -> c.startsWith("first="));
		assertThat(counts("The council approves second budget plan.")).noneMatch((c) -> c.startsWith("second="));
		assertThat(counts("Bridge opens\nTuesday, 14 March 2005\nThe council approves second budget plan."))
			.noneMatch((c) -> c.startsWith("second="));
	}

}
