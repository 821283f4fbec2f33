package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A range written with a double or long dash, and a guess between two numbers ("four or
 * five"), says its lower number, as "300 to 450" does; a part counted of a whole that
 * someone owns ("seven of the county's 31 harbours", "1.1m of the region's 1.6m
 * residents") counts the owned whole's noun.
 */
class GuessedRangesAndPartsTest {

	@Test
	void a_range_written_with_a_double_or_long_dash_says_its_lower_end() {
		assertThat(counts("The ferry company will cut 30 -- 40 crossings.")).containsExactly("30=30 crossing");
		assertThat(counts("The pier was hit by 20—25 storms.")).containsExactly("20=20 storm");
	}

	@Test
	void a_guess_between_two_numbers_says_its_lower_one() {
		assertThat(counts("There were six or seven sailors aboard.")).containsExactly("six=6 sailor");
		assertThat(counts("Rescuers said 10 or 12 people were missing.")).containsExactly("10=10 person");
	}

	@Test
	void a_part_of_a_whole_someone_owns_counts_the_whole_noun() {
		assertThat(counts("Seven of the county's 31 harbours were closed.")).containsExactly("Seven=7 harbour",
				"31=31 harbour");
		assertThat(counts("Approximately 1.1m of the region's 1.6m residents are of working age."))
			.containsExactly("1.1m=1100000 resident", "1.6m=1600000 resident");
	}

	@Test
	void a_part_of_what_someone_owns_without_a_second_number_counts_its_own_noun() {
		assertThat(counts("A body run by four of the guild's elders, who hold ten seats, met."))
			.contains("four=4 elder");
	}

	@Test
	void a_whole_number_of_metres_before_athletes_names_their_race() {
		assertThat(counts("She trains with 400m runners and 100m sprinters.")).isEmpty();
		assertThat(counts("The marathon drew 1.2m runners over the years.")).containsExactly("1.2m=1200000 runner");
	}

}
