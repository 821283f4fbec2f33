package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A word for a group of a known size counts the plural noun after "of": a pair two, a
 * trio three, a quartet four, a brace two; what is made or worn as a pair is one thing.
 */
class GroupWordCountsTest {

	@Test
	void a_group_word_counts_the_plural_noun_after_it() {
		assertThat(counts("The ferry hit a pair of floating logs near the pier.")).containsExactly("a pair of=2 log");
		assertThat(counts("A trio of nurses walked out of the ward.")).containsExactly("A trio of=3 nurse");
		assertThat(counts("The board sacked a quartet of senior managers.")).containsExactly("a quartet of=4 manager");
		assertThat(counts("Roe struck a brace of penalties late on.")).containsExactly("a brace of=2 penalty");
	}

	@Test
	void a_pair_worn_or_used_as_one_thing_and_a_pronoun_count_nothing() {
		assertThat(counts("He bought a pair of boots and a pair of pliers.")).isEmpty();
		assertThat(counts("The club signed a pair of them in May.")).isEmpty();
		assertThat(counts("A couple of days passed and a handful of shops shut.")).isEmpty();
	}

}
