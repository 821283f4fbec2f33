package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A count hyphened to a plural noun ("a verdict of 56-pages") writes a hyphen for a
 * blank: the plural is what it counts, as it would be without the hyphen. A hyphened word
 * that only ends like a plural ("20-plus", "5-times") counts nothing.
 */
class HyphenedPluralsTest {

	@Test
	void a_count_hyphened_to_a_plural_counts_that_noun() {
		assertThat(counts("The appeal ran to 56-pages and was filed on Friday.")).contains("56=56 page");
		assertThat(counts("Westria held a 3-goals lead at half time.")).contains("3=3 goal");
		assertThat(counts("The inquiry heard from 14-witnesses in all.")).contains("14=14 witness");
		assertThat(counts("Judge Roe wrote a ruling which ran to 56-pages.")).contains("56=56 page");
		assertThat(counts("The inquiry heard 14-witnesses, then adjourned.")).contains("14=14 witness");
	}

	@Test
	void a_hyphened_word_that_only_ends_in_s_counts_nothing() {
		assertThat(counts("A 20-plus crowd waited outside.")).isEmpty();
		assertThat(counts("The 5-times champion retired.")).isEmpty();
		assertThat(counts("Some 2-fifths of the vote and 3-eighths of the seats went to Acme.")).isEmpty();
		assertThat(counts("He was 1-nil up with a 1-goals cushion.")).noneMatch((c) -> c.endsWith("goal"));
	}

	@Test
	void a_word_built_on_a_number_names_a_kind_and_counts_none_of_its_parts() {
		assertThat(counts("Roe sank five 3-pointers in the last quarter.")).noneMatch(c -> c.startsWith("3="));
		assertThat(counts("A crowd of 20-somethings queued outside.")).noneMatch(c -> c.startsWith("20="));
		assertThat(counts("Sales of two-wheelers rose in May.")).noneMatch(c -> c.endsWith("wheeler"));
	}

}
