package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Thousands grouped by a blank instead of a comma ("15 000 marchers") make one number;
 * the group after the blank is never read alone as nought.
 */
class SpacedThousandsTest {

	@Test
	void thousands_set_off_by_a_blank_make_one_number() {
		assertThat(counts("The mayor spoke before over 15 000 supporters in Northport."))
			.contains("15 000=15000 supporter");
		assertThat(counts("Acme will cut 2 500 jobs next year.")).contains("2 500=2500 job");
		assertThat(counts("About 1 200 000 voters took part.")).contains("1 200 000=1200000 voter");
		assertThat(counts("The march drew 40\u00A0000 people to Westria.")).anyMatch(c -> c.contains("=40000 "));
	}

	@Test
	void a_blank_after_a_month_or_another_number_is_no_grouping() {
		assertThat(counts("In 2004 300 workers were laid off.")).noneMatch(c -> c.contains("=4300"));
		assertThat(counts("On May 5 200 people marched.")).noneMatch(c -> c.contains("=5200"));
		assertThat(counts("Over 15 000 supporters came.")).noneMatch(c -> c.startsWith("000="));
	}

}
