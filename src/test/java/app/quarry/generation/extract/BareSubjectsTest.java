package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A number that opens a clause as its subject without a noun counts what the count just
 * before it counted, passing over lengths of time and keeping millions with millions.
 */
class BareSubjectsTest {

	@Test
	void a_bare_subject_after_a_clause_break_counts_the_noun_before() {
		assertThat(counts("The club has 40 members; 12 are women.")).contains("12=12 member");
		assertThat(counts("Some 60 boats set out, carrying 35 divers – only four were licensed."))
			.contains("four=4 diver");
		assertThat(counts(
				"An estimated 4.1 million adults read worse than 9 year olds, while 12.3 million have weak maths."))
			.contains("12.3 million=12300000 adult");
	}

	@Test
	void a_bare_number_after_a_length_of_time_or_of_another_scale_counts_nothing() {
		assertThat(counts("He spent 20 years abroad, and 3 were in prison.")).doesNotContain("3=3 year");
		assertThat(counts("The firm has 4.1 million customers, while 12 have complained."))
			.doesNotContain("12=12 customer");
	}

}
