package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "the first day of the strike" names the opening part of something, not a place in a
 * rank; later ordinals and a first without "of" still rank.
 */
class OpeningPartsTest {

	@Test
	void the_first_of_something_is_its_opening_part_not_a_rank() {
		assertThat(counts("Pickets stood at 40 depots in the first week of the walkout."))
			.containsExactly("40=40 depot");
		assertThat(counts("The first batch of 120 parcels left the depot at dawn.")).containsExactly("120=120 parcel");
	}

	@Test
	void a_later_day_of_something_and_a_first_without_of_still_rank() {
		assertThat(counts("Crowds gathered on the second day of the strike.")).containsExactly("second=2th day");
		assertThat(counts("It was her first visit to the region as minister.")).containsExactly("first=1th visit");
	}

}
