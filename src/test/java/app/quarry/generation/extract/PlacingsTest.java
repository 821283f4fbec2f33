package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A finishing place is a count however the race report words it: "came a close second",
 * "was second", "finished second to Jane Roe", "finishing sixth for Norway".
 */
class PlacingsTest {

	@Test
	void a_placing_qualified_by_an_adjective_is_a_place() {
		assertThat(counts("The Liberal candidate came a distant third in the by-election."))
			.containsExactly("third=3th place");
		assertThat(counts("Ostrova finished a creditable fifth in 4:12.07.")).contains("fifth=5th place");
	}

	@Test
	void a_placing_after_was_or_before_whom_it_trailed_is_a_place() {
		assertThat(counts("The race was won by Ana Roe while her rival Eva Lowe was second."))
			.containsExactly("second=2th place");
		assertThat(counts("She has finished second to Ana Roe in two marathons.")).contains("second=2th place");
		assertThat(counts("She has not competed since finishing sixth for Norway at the trials."))
			.containsExactly("sixth=6th place");
	}

	@Test
	void an_ordinal_after_was_that_places_no_one_is_no_place() {
		assertThat(counts("It was a first for the club.")).isEmpty();
		assertThat(counts("She was first elected to the council in the spring.")).isEmpty();
	}

}
