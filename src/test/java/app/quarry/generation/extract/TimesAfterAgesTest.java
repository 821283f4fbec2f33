package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A time told right after an age ("turns 60 next week", "died at the age of 81 last May")
 * says when the age was reached; the number is still an age in years.
 */
class TimesAfterAgesTest {

	@Test
	void an_age_followed_by_when_it_was_reached_counts_years() {
		assertThat(counts("The singer, who turns 58 next week, cancelled the tour.")).contains("58=58 year");
		assertThat(counts("Her brother Tom Hale also died at the age of 64 last spring.")).contains("64=64 year");
		assertThat(counts("Jane Roe turned 40 on Friday and threw a party.")).contains("40=40 year");
		assertThat(counts("Acme's founder, who turns 90 later this month, will retire.")).contains("90=90 year");
		assertThat(counts("He died at age 71 earlier this year.")).contains("71=71 year");
		assertThat(counts("The actor, who turned 65 last May, still tours.")).contains("65=65 year");
	}

	@Test
	void a_time_unit_or_a_noun_after_the_number_is_no_age() {
		assertThat(counts("The lease turns 30 days old next week.")).doesNotContain("30=30 year");
		assertThat(counts("When he was 24 hours late, the crew left.")).doesNotContain("24=24 year");
	}

}
