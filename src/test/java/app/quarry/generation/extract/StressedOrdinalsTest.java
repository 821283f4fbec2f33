package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "first-ever" and "the very first" stress an ordinal without changing what it ranks: the
 * noun after it is ranked as after a plain "the first".
 */
class StressedOrdinalsTest {

	@Test
	void an_ordinal_joined_to_ever_ranks_the_noun_after_it() {
		assertThat(counts("The Northfield Rovers reached their first-ever cup semi-final on Sunday."))
			.contains("first=1th cup semi-final");
		assertThat(counts("Jane Roe became the second-ever woman to lead the Westria council."))
			.contains("second=2th woman");
		assertThat(counts("Acme unveiled its first-ever electric tractor at the fair.")).contains("first=1th tractor");
	}

	@Test
	void very_between_the_determiner_and_the_ordinal_leaves_the_rank_as_it_is() {
		assertThat(counts("It was the very first crewed balloon flight over the Westrian desert."))
			.contains("first=1th balloon flight");
		assertThat(counts("She scored on her very first shot of the evening.")).contains("first=1th shot");
	}

	@Test
	void a_stressed_ordinal_keeps_the_limits_of_a_plain_one() {
		// the earliest ones of a kind, a negated first and a bare adverb rank nothing
		assertThat(counts("The very first settlers of the valley grew barley.")).isEmpty();
		assertThat(counts("The first-ever settlers of the valley grew barley.")).isEmpty();
		assertThat(counts("It is not the very first time the river has flooded.")).isEmpty();
		assertThat(counts("The mayor very first asked the council for money.")).isEmpty();
	}

}
