package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year after "the same period of": the period its sentence named before, in that year.
 */
class SamePeriodOfYearTest {

	@Test
	void the_same_period_of_a_year_after_a_quarter_is_that_quarter_of_the_year() {
		assertThat(FoundDates
			.in("Its operating profit in the third quarter was $41m, up from $30m in the same period of 2006.", null))
			.contains("2006=2006-07/2006-09");
		assertThat(FoundDates.in("In the first quarter, sales of its vans rose 8% compared to the same time in 2011.",
				"2012-04-20"))
			.contains("2011=2011-01/2011-03");
	}

	@Test
	void the_same_month_or_half_of_a_year_is_that_month_or_half() {
		assertThat(FoundDates.in("Exports in March fell 4% from the same month of 2007.", null))
			.contains("2007=2007-03");
		assertThat(FoundDates.in("Its first half revenue grew 6% on the same period in 2001.", null))
			.contains("2001=2001-01/2001-06");
	}

	@Test
	void a_year_after_the_same_period_with_no_period_named_before_stays_the_year() {
		assertThat(FoundDates.in("The shop sold 300 bikes, against 250 in the same period of 2003.", null))
			.contains("2003=2003");
		assertThat(FoundDates.in("Its third quarter was strong. Sales rose from the same period of 2003.", null))
			.contains("2003=2003");
	}

}
