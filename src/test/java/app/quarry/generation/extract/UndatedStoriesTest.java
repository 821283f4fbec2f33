package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story with no date line: which year a month written without one may take from the
 * words around it, and which it may not.
 */
class UndatedStoriesTest {

	@Test
	void a_month_told_of_in_the_past_takes_no_year_told_of_ahead_in_the_sentence_before() {
		assertThat(FoundDates.in("The brewer hopes its sales will grow ahead of the 2010 Games. "
				+ "In March, it said its deal with the club would end in 2009.", null))
			.contains("March=null", "2009=2009");
	}

	@Test
	void a_month_told_of_ahead_still_takes_the_year_told_of_ahead_before_it() {
		assertThat(FoundDates.in("The new line will open in 2012. In May, the first trains will run on it.", null))
			.contains("May=2012-05");
	}

	@Test
	void a_month_still_takes_a_past_year_named_in_the_sentence_before() {
		assertThat(FoundDates.in("The mill was sold in 1998. In March, its new owners closed it.", null))
			.contains("March=1998-03");
	}

	@Test
	void a_look_back_on_a_year_gives_that_year_to_this_year_and_to_past_months() {
		String review = "1998: A Rowing Year\n\n1998 will go down as a lean season for rowing. "
				+ "What happened to the eight in Cologne this year was the low. "
				+ "His win in April had already got people talking. The boathouse was shut for good on 3 November.";
		assertThat(FoundDates.in(review, null)).contains("this year=1998", "April=1998-04", "3 November=1998-11-03");
	}

	@Test
	void a_look_back_said_in_a_sentence_that_makes_the_year_one_to_remember() {
		assertThat(FoundDates.in("Well, it is goodbye to another busy season. These are the races that made 2001 "
				+ "another year to remember for sailing. I really enjoyed her win back in May.", null))
			.contains("May=2001-05");
	}

	@Test
	void a_look_back_gives_no_year_to_a_month_told_of_ahead() {
		assertThat(FoundDates.in(
				"1998 was a year of change for the club. "
						+ "Its fans had little to cheer. Its old ground was sold. The new coach will start in March.",
				null))
			.contains("March=null");
	}

	@Test
	void a_story_that_names_a_year_without_looking_back_on_it_gives_this_year_no_value() {
		assertThat(FoundDates.in("Sales rose after the 1998 World Cup. Profits fell this year.", null))
			.contains("this year=null");
	}

	@Test
	void a_year_before_wont_is_a_year_not_a_sum_in_won() {
		assertThat(FoundDates.in("2004 won't be forgotten soon.", null)).containsExactly("2004=2004");
	}

	@Test
	void a_look_back_may_call_its_year_one_of_a_kind_only_after_the_opening_has_named_it() {
		String review = "Kites fly high\n\nKite makers sold more kites than ever in 1998. "
				+ "Shops took £3m in 1998, up on 1997. The best seller was a box kite. "
				+ "It sold 10,000 copies. Although only launched in October it topped the list. "
				+ "1998 was a \"golden year\" said the head of the trade body.";
		assertThat(FoundDates.in(review, null)).contains("October=1998-10");
	}

	@Test
	void a_year_called_one_of_a_kind_late_in_a_story_that_opens_on_a_later_year_is_no_look_back() {
		String story = "Kites fly high\n\nKite makers expect record sales in 1999. "
				+ "Shops took £3m in 1998. The best seller was a box kite. "
				+ "It sold 10,000 copies. Although only launched in October it topped the list. "
				+ "1998 was a \"golden year\" said the head of the trade body.";
		assertThat(FoundDates.in(story, null)).contains("October=null");
	}

	@Test
	void two_years_called_one_of_a_kind_late_in_a_story_leave_its_months_without_a_year() {
		String story = "Kites fly high\n\nKite makers sold more kites in 1998 than in 1997. "
				+ "The best seller was a box kite. It sold 10,000 copies. Its maker rested. "
				+ "Although only launched in October it topped the list. "
				+ "1997 was a hard year, he said. 1998 was a golden year.";
		assertThat(FoundDates.in(story, null)).contains("October=null");
	}

	@Test
	void a_headline_naming_the_one_year_a_story_looks_back_on_gives_it_to_this_year_and_past_months() {
		String review = "Online fraud soars in 1999\n\nThe past 12 months have brought a steep rise in online fraud. "
				+ "Banks said card fraud grew sharply during 1999. In March a retailer admitted its customer list "
				+ "had been stolen. Also reported this year was a wave of fake charity appeals.";
		assertThat(FoundDates.in(review, null)).contains("March=1999-03", "this year=1999");
	}

	@Test
	void a_headline_year_told_twice_in_the_past_is_a_look_back_without_an_opening_that_says_so() {
		String review = "Cinema crowds return in 1999\n\nCinemas sold more seats than ever. Takings rose during "
				+ "1999 in every region. 1999 saw three new multiplexes open. In June a chain of 40 screens was sold.";
		assertThat(FoundDates.in(review, null)).contains("June=1999-06");
	}

	@Test
	void a_headline_year_is_no_look_back_when_the_story_names_another_year() {
		String story = "Online fraud soars in 1999\n\nThe past 12 months have brought a steep rise in online fraud. "
				+ "Banks said card fraud grew sharply during 1999, after a quiet 1998. In March a retailer admitted "
				+ "its customer list had been stolen.";
		assertThat(FoundDates.in(story, null)).doesNotContain("March=1999-03");
	}

	@Test
	void a_headline_year_ahead_is_no_look_back() {
		String story = "Carmaker to shut two plants in 2006\n\nThe carmaker said it would close two plants in 2006. "
				+ "In March the company warned that profits would fall. Savings will begin in 2006.";
		assertThat(FoundDates.in(story, null)).contains("March=null");
	}

}
