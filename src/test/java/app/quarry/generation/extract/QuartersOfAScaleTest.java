package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "A quarter of a million" is a quarter of the scale, never a million; "three quarters of
 * a million" is three of them. "Plus" after a number ("a million plus people") leaves the
 * noun after it counted.
 */
class QuartersOfAScaleTest {

	@Test
	void a_quarter_before_a_scale_is_a_quarter_of_it() {
		assertThat(counts("A quarter of a million people marched through Westria."))
			.containsExactly("A quarter of a million=250000 person");
		assertThat(counts("Nearly a quarter million homes lost power."))
			.containsExactly("a quarter million=250000 home");
		assertThat(counts("Some three-quarters of a million voters stayed at home."))
			.containsExactly("three-quarters of a million=750000 voter");
	}

	@Test
	void a_quarter_of_a_year_or_of_things_is_no_count_of_a_scale() {
		assertThat(counts("In the first quarter, Acme sold 2 million phones."))
			.containsExactly("2 million=2000000 phone");
		assertThat(counts("Three quarters of the homes lost power.")).isEmpty();
	}

	@Test
	void plus_after_a_number_leaves_the_noun_after_it_counted() {
		assertThat(counts("Acme now runs 40 plus stores in Westria.")).containsExactly("40=40 store");
		assertThat(counts("They read a quarter million plus letters."))
			.containsExactly("a quarter million=250000 letter");
		assertThat(counts("He added 300 plus 200 to get the total.")).noneMatch(c -> c.endsWith(" plu"));
	}

}
