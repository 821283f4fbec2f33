package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A length of one unit granted on top ("an extra year", "a further week") counts one
 * unit; a rate ("an extra hour a day") and a compound ("extra-time") count nothing.
 */
class ExtraLengthsTest {

	@Test
	void an_extra_additional_or_further_unit_counts_one() {
		assertThat(counts("Dunmore schools were given an extra year to hire staff."))
			.containsExactly("an extra year=1 year");
		assertThat(counts("Growers won an additional month to file. Talks ran for a further week."))
			.containsExactly("an additional month=1 month", "a further week=1 week");
	}

	@Test
	void an_extra_unit_of_a_rate_or_a_compound_counts_nothing() {
		assertThat(counts("Nurses will get an extra hour a day off.")).isEmpty();
		assertThat(counts("An extra-time goal settled the cup tie.")).isEmpty();
	}

}
