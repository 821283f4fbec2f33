package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change told with the level it reached counts what the level counts; a level left,
 * told after the level reached, counts it too.
 */
class ChangeAmountsTest {

	@Test
	void a_rise_or_fall_counts_what_the_level_it_reached_counts() {
		assertThat(counts("Regional unemployment rose 7,000 in May to 4.4 million people."))
			.containsExactly("7,000=7000 person", "4.4 million=4400000 person");
		assertThat(counts("The number of people claiming benefits fell 12,000 last week to 310,000."))
			.containsExactly("12,000=12000 person", "310,000=310000 person");
	}

	@Test
	void a_level_left_after_the_level_reached_counts_the_same() {
		assertThat(counts("The chain will raise its outlets to about 450 outlets from 360."))
			.containsExactly("450=450 outlet", "360=360 outlet");
	}

	@Test
	void a_number_set_against_a_count_counts_the_same_noun() {
		assertThat(
				counts("The dispute went to a bench of seven referees rather than the usual three since it was grave."))
			.containsExactly("seven=7 referee", "three=3 referee");
		assertThat(counts("The orchard gave 40 crates this year, up from 25 in the drought."))
			.containsExactly("40=40 crate", "25=25 crate");
		assertThat(counts("The team fielded 11 players rather than the usual 15 substitutes."))
			.containsExactly("11=11 player", "15=15 substitute");
	}

	@Test
	void a_price_or_a_level_that_counts_nothing_lends_no_noun() {
		assertThat(counts("Shares of the firm fell 5 to 286 in London trading.")).isEmpty();
		assertThat(counts("The town had 677 homes from 47 builders.")).containsExactly("677=677 home", "47=47 builder");
	}

}
