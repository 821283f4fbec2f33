package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A bare number before "more", or a part "of them" opening its sentence, counts what the
 * sentence before counted last; a day or a place after a bare number is never what it
 * counts.
 */
class CountsGoingOnTest {

	@Test
	void one_more_counts_the_things_the_sentence_before_counted() {
		assertThat(counts("The governor toured five flooded counties on Monday. He added one more today."))
			.containsExactly("five=5 county", "one=1 county");
	}

	@Test
	void a_count_of_time_or_a_sentence_further_back_lends_no_noun() {
		assertThat(counts("The crew worked for three weeks. He wanted one more.")).containsExactly("three=3 week");
		assertThat(counts("The town has four bridges. It rained. They built one more."))
			.containsExactly("four=4 bridge");
	}

	@Test
	void a_part_of_them_opening_a_sentence_counts_the_group_the_sentence_before_counted() {
		assertThat(counts("Twenty workers were hired in the spring. Eight of them are on night shifts."))
			.containsExactly("Twenty=20 worker", "Eight=8 worker");
		assertThat(counts("She was one of 13 hikers on a 17-foot raft. Ten of those on board drowned."))
			.contains("Ten=10 hiker");
	}

	@Test
	void a_part_no_smaller_than_the_group_or_one_inside_its_sentence_borrows_nothing() {
		assertThat(counts("Six guards were hired. Eight of them left.")).containsExactly("Six=6 guard");
		assertThat(counts("Twenty workers were charged. The police said eight of them fled."))
			.containsExactly("Twenty=20 worker");
	}

	@Test
	void a_place_or_a_day_after_a_bare_number_is_not_what_it_counts() {
		assertThat(counts("Twelve of them are held in Spain and one abroad.")).noneMatch(c -> c.endsWith("abroad"));
		assertThat(counts("Police link him to three raids in the north, and one near the coast."))
			.noneMatch(c -> c.endsWith(" near"));
	}

}
