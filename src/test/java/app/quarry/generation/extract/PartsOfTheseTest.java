package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Six of these ferries", "two of those ships": "these" and "those" point at the things
 * the noun after them names, and the number counts them; with no noun after them they
 * stand for things counted before.
 */
class PartsOfTheseTest {

	@Test
	void a_number_of_these_things_counts_the_things_named_next() {
		assertThat(counts("The ferry line has bought six of these boats and will fit them with cafes."))
			.containsExactly("six=6 boat");
		assertThat(counts("The navy sold 3 of those ships to a scrap dealer.")).containsExactly("3=3 ship");
	}

	@Test
	void these_with_no_noun_after_them_are_still_the_things_counted_before() {
		assertThat(counts("The club had 40 boats. Twelve of these were sold in May.")).doesNotContain("Twelve=12 were");
	}

}
