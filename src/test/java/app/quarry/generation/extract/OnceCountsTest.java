package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Once" counts one time where "only", "just" or "exactly" singles it out in its clause,
 * or where the span it is counted in follows it; as "formerly", "at once", "once again"
 * or a clause's opening it counts nothing.
 */
class OnceCountsTest {

	@Test
	void a_once_singled_out_counts_one_time() {
		assertThat(counts("The Owls had only beaten the Foxes once in the last nine years.")).contains("once=1 time");
		assertThat(counts("Jane Roe has voted just once.")).contains("once=1 time");
		assertThat(counts("The Greens won the title only once, in 1998.")).contains("once=1 time");
		assertThat(counts("Acme has met its target exactly once.")).contains("once=1 time");
		assertThat(counts("The river has flooded once in the past decade.")).contains("once=1 time");
		assertThat(counts("The visitors have won there once in their history.")).contains("once=1 time");
	}

	@Test
	void a_once_that_means_formerly_or_at_the_same_time_counts_nothing() {
		assertThat(counts("Jane Roe was once ranked the richest woman in Acme.")).isEmpty();
		assertThat(counts("Once the votes were counted, the mayor left.")).isEmpty();
		assertThat(counts("Only the mayor left at once.")).isEmpty();
		assertThat(counts("Only the pair will appeal once again.")).isEmpty();
		assertThat(counts("The board only meets once a year.")).isEmpty();
		assertThat(counts("It was just a once-in-a-lifetime trip.")).isEmpty();
	}

}
