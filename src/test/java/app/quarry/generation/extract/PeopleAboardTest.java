package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/** A bare number of those aboard a craft, taken as a whole, counts people. */
class PeopleAboardTest {

	@Test
	void the_whole_number_of_those_aboard_counts_people() {
		assertThat(counts("All 88 aboard were rescued by a trawler.")).contains("88=88 person");
		assertThat(counts("Of the 40 on board, a few swam ashore.")).contains("40=40 person");
		assertThat(counts("The ferry sank with all the 212 aboard.")).contains("212=212 person");
		assertThat(counts("Rescuers reached the 17 aboard the stranded yacht.")).contains("17=17 person");
		assertThat(counts("None of the 9 on board the barge was hurt.")).contains("9=9 person");
	}

	@Test
	void a_number_not_taken_as_a_whole_or_with_its_own_noun_is_left_alone() {
		assertThat(counts("Flight 301 aboard which the minister travelled landed late.")).isEmpty();
		assertThat(counts("All 30 sailors aboard were rescued.")).containsExactly("30=30 sailor");
	}

}
