package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A bare number takes its noun from its setting: "N more" counts the things counted
 * before it in the sentence, and "a panel of N" or "in groups of N" counts members; "the
 * first" before a single thing done to or still to come ranks nothing.
 */
class CountsTakenFromTheirSettingTest {

	@Test
	void a_number_of_more_counts_the_things_counted_before_even_when_the_clause_goes_on() {
		assertThat(counts("Guards freed 40 hostages, and police rescued 12 more after the raid."))
			.contains("40=40 hostage", "12=12 hostage");
		assertThat(counts("Acme sold 300 tractors and expects 50 more.")).contains("50=50 tractor");
	}

	@Test
	void a_body_owned_by_a_name_or_a_group_size_counts_members() {
		assertThat(counts("The club's panel of nine, led by Jane Roe, met on Monday.")).contains("nine=9 member");
		assertThat(counts("Acme's board of seven, said the deal was done.")).contains("seven=7 member");
		assertThat(counts("Pupils were split into groups of four, and each group chose a leader."))
			.contains("four=4 member");
	}

	@Test
	void a_size_after_of_with_a_noun_of_its_own_keeps_that_noun() {
		assertThat(counts("Pupils were split into groups of four pupils.")).doesNotContain("four=4 member");
	}

	@Test
	void the_first_of_a_thing_done_to_or_to_come_ranks_nothing() {
		assertThat(counts("The first crate opened on Monday held old coins.")).isEmpty();
		assertThat(counts("The first ballot is to take place in May, the council said.")).isEmpty();
	}

	@Test
	void the_first_person_chosen_is_still_ranked() {
		assertThat(counts("She became the first woman elected in the town.")).contains("first=1th woman");
	}

	@Test
	void a_place_reached_by_rising_to_a_number_is_a_rank() {
		assertThat(counts("By May the shop had increased to number 4 in the regional rankings."))
			.contains("4=4th place");
	}

	@Test
	void an_ordinal_anniversary_in_a_headline_without_its_article_still_counts() {
		assertThat(counts("Acme marks 25th anniversary of its first shop")).contains("25th=25th anniversary");
	}

}
