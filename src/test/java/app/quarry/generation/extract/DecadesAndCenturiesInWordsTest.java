package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decades and centuries as British papers and speakers write them: a decade in words with
 * its part ("the early seventies", "the mid-eighties"), capitalised ("the Sixties"), with
 * an apostrophe before its "s" ("the 30's"), and a century with a capital ("the 19th
 * Century"). A part of a decade keeps the decade's ten years, as "the early 1990s" does.
 */
class DecadesAndCenturiesInWordsTest {

	@Test
	void a_part_of_a_decade_said_in_words_is_that_decade() {
		assertThat(FoundDates.in("By the early seventies the mills had closed.", "1998-02-27"))
			.containsExactly("the early seventies=1970/1979");
		assertThat(FoundDates.in("Prices peaked in the mid-eighties and again in the late nineties.", "2003-05-01"))
			.containsExactly("the mid-eighties=1980/1989", "the late nineties=1990/1999");
		assertThat(FoundDates.in("Prices peaked in the mid eighties.", "2003-05-01"))
			.containsExactly("the mid eighties=1980/1989");
	}

	@Test
	void a_decade_in_words_may_be_capitalised() {
		assertThat(FoundDates.in("Folk clubs thrived in the Sixties.", "2004-06-01"))
			.containsExactly("the Sixties=1960/1969");
	}

	@Test
	void a_part_of_a_decade_in_words_after_no_article_is_an_age_not_a_decade() {
		assertThat(FoundDates.in("The rider, in her early thirties, won again.", "2004-06-01")).isEmpty();
	}

	@Test
	void a_decade_in_words_among_temperatures_is_degrees() {
		assertThat(FoundDates.in("Highs in the mid-seventies are expected on the coast.", "2004-06-01")).isEmpty();
	}

	@Test
	void a_decade_written_with_an_apostrophe_before_its_s_is_that_decade() {
		assertThat(FoundDates.in("The town grew poor during the 30's.", "2004-06-01"))
			.containsExactly("30's=1930/1939");
		assertThat(FoundDates.in("Jazz of the 1920's filled the hall.", "2004-06-01"))
			.containsExactly("the 1920's=1920/1929");
	}

	@Test
	void a_decade_without_its_century_in_a_text_without_a_date_is_of_the_last_century_unless_its_years_reach_it() {
		assertThat(FoundDates.in("Rents rose in the Twenties.", null)).containsExactly("the Twenties=1920/1929");
		assertThat(FoundDates.in("The plan was drawn up in 2031. Rents rose in the twenties.", null))
			.contains("the twenties=2020/2029");
	}

	@Test
	void the_noughties_are_the_2000s() {
		assertThat(FoundDates.in("House prices soared in the noughties.", null))
			.containsExactly("the noughties=2000/2009");
	}

	@Test
	void the_hundreds_of_a_year_are_a_hundred_years_not_a_decade() {
		assertThat(FoundDates.in("The canal was dug in the 1800s and widened in the early 1900s.", "2004-06-01"))
			.containsExactly("the 1800s=1800/1899", "the early 1900s=1900/1999");
		assertThat(FoundDates.in("Mobile phones spread in the 2000s.", "2012-06-01"))
			.containsExactly("the 2000s=2000/2009");
	}

	@Test
	void a_century_may_be_written_with_a_capital() {
		assertThat(FoundDates.in("The family can trace its farm to the 18th Century.", "2004-06-01"))
			.containsExactly("the 18th Century=1701/1800");
		assertThat(FoundDates.in("Their vision of travel in the 21st Century involves small pods.", "2004-06-01"))
			.containsExactly("the 21st Century=2001/2100");
	}

}
