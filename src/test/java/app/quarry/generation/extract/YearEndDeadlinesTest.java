package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "a year-end deadline" is no year-long span: the year's end before a deadline or a
 * target is the day set for it, the year's last; "by year-end" stays the year.
 */
class YearEndDeadlinesTest {

	@Test
	void a_year_end_deadline_is_the_last_day_of_the_year() {
		assertThat(FoundDates.in("Westria and Acme may miss a year-end deadline on the loan.", "2008-12-23"))
			.containsExactly("year-end=2008-12-31");
		assertThat(FoundDates.in("Acme missed its year-end target for new stores.", "2008-12-23"))
			.containsExactly("year-end=2008-12-31");
		assertThat(FoundDates.in("Westria set a year-end goal of ten new schools.", "2008-12-23"))
			.containsExactly("year-end=2008-12-31");
	}

	@Test
	void a_year_end_compound_is_no_length_of_a_year() {
		assertThat(FoundDates.in("Roe faces a year-end review of her budget.", "2008-12-23"))
			.noneMatch(v -> v.startsWith("a year="));
	}

	@Test
	void the_year_end_after_a_preposition_is_still_the_year() {
		assertThat(FoundDates.in("Acme plans to cut 600 jobs by year-end.", "2008-12-23"))
			.containsExactly("year-end=2008");
		assertThat(FoundDates.in("Roe ran a year-long campaign for the post.", "2008-12-23"))
			.containsExactly("a year=P1Y");
	}

}
