package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story with no date line that lists figures for a written year beside "next year" or
 * "this year" is told in the year that list makes its present, and its "this year", "next
 * year" and "last year" take their years from it.
 */
class ContrastedYearsTest {

	@Test
	void a_written_year_before_next_year_in_one_list_of_figures_is_the_year_told_in() {
		String story = "Output is forecast to grow by 3.1% in 2006, but slow to 2.4% next year. "
				+ "Early next year the bank will publish a fuller review. Jobless claims rose last year.";
		assertThat(FoundDates.in(story, null)).contains("next year=2007", "Early next year=2007", "last year=2005");
	}

	@Test
	void this_year_before_a_written_year_in_one_list_of_figures_is_the_year_before_it() {
		String story = "Export forecasts were cut to 5.0% from 6.1% this year and 4.2% from 4.8% in 2007. "
				+ "The board will meet again later this year.";
		assertThat(FoundDates.in(story, null)).contains("this year=2006", "later this year=2006");
	}

	@Test
	void a_relative_year_beside_a_written_year_outside_a_list_is_left_to_its_sentence() {
		String story = "Output is forecast to grow by 3.1% in 2006, but slow to 2.4% next year. "
				+ "\"Trade, hit a little by the strike this year, will pick up in 2008,\" he said.";
		assertThat(FoundDates.in(story, null)).contains("next year=2007", "this year=null");
	}

	@Test
	void a_written_year_before_this_year_may_skip_a_year_and_fixes_none() {
		String story = "Sales rose 3% in 2003 and 4% this year, the chain said. It will open stores next year.";
		assertThat(FoundDates.in(story, null)).contains("this year=null", "next year=null");
	}

	@Test
	void lists_that_disagree_fix_no_year() {
		String story = "One group expects growth of 2% in 2004 and 3% next year. "
				+ "Another sees 1% this year and 2% in 2009. The board meets next year.";
		assertThat(FoundDates.in(story, null)).contains("next year=null", "this year=null");
	}

	@Test
	void years_without_figures_beside_them_fix_none() {
		String story = "The stadium opened in 2004 and will host the final next year.";
		assertThat(FoundDates.in(story, null)).contains("next year=null");
	}

	@Test
	void a_story_with_a_date_line_keeps_its_own_year() {
		String story = "Output is forecast to grow by 3.1% in 2006, but slow to 2.4% next year.";
		assertThat(FoundDates.in(story, "2006-11-30")).contains("next year=2007");
	}

}
