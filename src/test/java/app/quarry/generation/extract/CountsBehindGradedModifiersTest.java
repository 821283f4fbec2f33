package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An adverb that grades the modifier after it ("relatively", "very", "extremely") leaves
 * the noun after the modifier the thing counted; an adverb that ends the phrase counts
 * nothing. A word for a group after the modifiers ("refugee population") counts its
 * members.
 */
class CountsBehindGradedModifiersTest {

	@Test
	void a_graded_modifier_leaves_the_noun_after_it_counted() {
		assertThat(counts("The lab compared two relatively ancient flu strains.")).contains("two=2 strain");
		assertThat(counts("The team found three very large Westrian fossils.")).contains("three=3 fossil");
		assertThat(counts("The museum bought six extremely rare Roman coins.")).contains("six=6 coin");
	}

	@Test
	void an_adverb_that_ends_the_phrase_counts_nothing_after_it() {
		assertThat(counts("Acme sold two quickly to the first buyers.")).doesNotContain("two=2 buyer");
		assertThat(counts("The Rovers won two only to lose the final.")).doesNotContain("two=2 final");
	}

	@Test
	void a_number_before_a_group_counts_its_members() {
		assertThat(counts("Westria's 1.9 million refugee population is the largest."))
			.contains("1.9 million=1900000 refugee");
		assertThat(counts("The city's 300,000 Muslim community gathered.")).contains("300,000=300000 person");
	}

}
