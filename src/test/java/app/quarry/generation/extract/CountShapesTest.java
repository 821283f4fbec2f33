package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "one" standing for one of the things named before it counts nothing; a range written
 * with a spaced dash is a count by its lower end only, as "6 to 9 years" is.
 */
class CountShapesTest {

	@Test
	void one_before_a_participle_and_its_particle_stands_for_a_thing_named_before() {
		assertThat(counts("Two Acme teams will play, one local and one made up of volunteers."))
			.containsExactly("Two=2 team");
		assertThat(counts("Only one ship arrived in port.")).containsExactly("one=1 ship");
	}

	@Test
	void a_range_with_a_spaced_dash_is_counted_by_its_lower_end() {
		assertThat(counts("Pupils aged 6 – 9 years took part.")).noneMatch(c -> c.startsWith("9="));
		assertThat(counts("Acme won 3 – 1 on Sunday.")).noneMatch(c -> c.startsWith("9="));
	}

	@Test
	void a_compound_of_children_is_counted_like_children() {
		assertThat(counts("Nurses examined 380 schoolchildren in the spring."))
			.containsExactly("380=380 schoolchildren");
	}

	@Test
	void a_toll_bounded_by_or_more_or_told_of_all_aboard_counts_people() {
		assertThat(counts("The blast killed 54 or more and injured 120, officials said.")).contains("54=54 person",
				"120=120 person");
		assertThat(counts("The plane crashed, killing all nine aboard.")).containsExactly("nine=9 person");
	}

	@Test
	void a_count_hyphened_to_page_counts_the_pages() {
		assertThat(counts("The 212-page report was found in a parked car.")).containsExactly("212=212 page");
	}

}
