package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A race report gives a finishing place by the move that reached it, the taking of it,
 * the slot it names or a results line; each is a place, while the same words that reach a
 * thing rather than a place count nothing.
 */
class RacePlacingsTest {

	@Test
	void a_place_reached_by_a_move_is_a_place() {
		assertThat(counts("Ana Roe won in 8:02.10 as Eva Lowe battled to second in 8:04.55."))
			.contains("second=2th place");
		assertThat(counts("The champion was beaten into fourth at the indoor meeting.")).contains("fourth=4th place");
		assertThat(counts("The driver slipped back to ninth after a slow pit stop.")).contains("ninth=9th place");
		assertThat(counts("\"Then the Kenyan went by and I took fifth as my legs were gone.\""))
			.contains("fifth=5th place");
	}

	@Test
	void a_place_named_by_its_slot_or_a_results_line_is_a_place() {
		assertThat(counts("She left the favourite trailing in sixth spot.")).contains("sixth=6th place");
		assertThat(counts("Karl Berg won in 20.91 secs with Dane Jens Holm second in 21.30 secs."))
			.contains("second=2th place");
	}

	@Test
	void a_tied_rank_before_a_superlative_ranks_the_noun_after_it() {
		assertThat(counts("He now holds the equal seventh quickest mark in the country.")).contains("seventh=7th mark");
		assertThat(counts("It is the third largest lender in the region.")).contains("third=3th lender");
		assertThat(counts("The lender, the third largest in the region, cut rates.")).doesNotContain("third=3th in");
	}

	@Test
	void an_ordinal_reached_that_is_no_place_in_a_race_counts_nothing() {
		assertThat(counts("The grants are limited to first and second division clubs.")).isEmpty();
		assertThat(counts("He was promoted to second in command of the fleet.")).isEmpty();
		assertThat(counts("She referred to third in her notes.")).isEmpty();
		assertThat(counts("Then Ana Roe first met Eva Lowe in the spring.")).isEmpty();
	}

}
