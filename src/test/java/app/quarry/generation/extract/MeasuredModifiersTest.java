package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measure hyphened to its unit between a count and its noun ("two 3.5-point players")
 * says which kind of thing is counted: the count before it counts the noun after it.
 */
class MeasuredModifiersTest {

	@Test
	void a_count_before_a_hyphened_measure_counts_the_noun_after_it() {
		assertThat(counts("The final pitted two 3.5-point players against each other.")).contains("two=2 player");
		assertThat(counts("Police arrested three 12-year-old boys near the pier.")).contains("three=3 boy",
				"12=12 year");
		assertThat(counts("The crane lifted four 40-foot containers onto the barge.")).contains("four=4 container");
		assertThat(counts("Acme built 25 2-bedroom flats by the river.")).contains("25=25 flat");
		assertThat(counts("Jane Roe wrote five 1,000-word essays for the prize.")).contains("five=5 essay");
	}

	@Test
	void an_ordinal_before_a_hyphened_measure_keeps_its_own_reading() {
		assertThat(counts("The first 10-day trial ended on time.")).containsExactly("10=10 day");
	}

}
