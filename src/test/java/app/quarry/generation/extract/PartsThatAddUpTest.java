package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bare numbers later in a count's sentence that add up to it break it down and count its
 * noun; a number "of the top" things with no number after "top" counts those things.
 */
class PartsThatAddUpTest {

	@Test
	void bare_parts_after_a_comma_that_add_up_to_the_count_take_its_noun() {
		assertThat(counts("Six horses were also led out unhurt, two from a lower stable early on and four that "
				+ "had been shut in a trailer."))
			.containsExactly("Six=6 horse", "two=2 horse", "four=4 horse");
		assertThat(counts("Twelve climbers set out on Monday, 7 of them from Westria, and 3 from Acme."))
			.contains("7=7 climber", "3=3 climber");
		assertThat(counts("The firm cut 30 jobs, 10 in May, 10 in June and 10 in July.")).containsExactly("30=30 job",
				"10=10 job", "10=10 job", "10=10 job");
	}

	@Test
	void bare_numbers_that_do_not_add_up_to_the_count_are_not_its_parts() {
		assertThat(counts("Nine dogs were found, three in the yard and two more in a shed on the farm."))
			.noneMatch(c -> c.startsWith("three=3 dog"));
	}

	@Test
	void a_number_of_the_top_things_counts_them() {
		assertThat(counts("Acme will face eleven of the top riders from Westria in a charity race next Friday."))
			.contains("eleven=11 rider");
		assertThat(counts("Roe beat six of the top seeds in a row.")).containsExactly("six=6 seed");
		assertThat(counts("Twelve out of the top 30 albums were reissues.")).containsExactly("Twelve=12 album");
		assertThat(counts("One of the first studies was in Westria.")).isEmpty();
	}

}
