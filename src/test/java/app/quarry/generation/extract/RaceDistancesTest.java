package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "The 800 metres" names a race: written before its runner, favourite, record or final
 * the distance is the event's name and no count; a distance that measures stays one.
 */
class RaceDistancesTest {

	@Test
	void a_distance_before_what_a_race_has_names_the_race() {
		assertThat(counts("The 24 year old is one of the 1500 metres favourites this weekend."))
			.containsExactly("24=24 year");
		assertThat(counts("The 400 metres runner has changed coaches again.")).isEmpty();
		assertThat(counts("She set a national 3000 meters record in Oslo.")).isEmpty();
	}

	@Test
	void a_distance_that_measures_is_still_counted() {
		assertThat(counts("The bridge is 800 metres long and carries two roads.")).contains("800=800 metre");
		assertThat(counts("The climbers were 200 metres from the summit.")).contains("200=200 metre");
	}

	@Test
	void the_event_a_runner_won_or_placed_in_names_a_race_but_a_length_of_something_is_measured() {
		assertThat(counts("Jane Roe finished second in the 400 metres.")).containsExactly("second=2th place");
		assertThat(counts("Roe won the 800 metres in Vardenia.")).isEmpty();
		assertThat(counts("The Acme barge sank in the 400 metres of water.")).containsExactly("400=400 metre");
		assertThat(counts("The road narrows in the last 400 metres.")).containsExactly("400=400 metre");
	}

}
