package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month written without its year takes one from the words around it and the date line.
 */
class MonthsWithoutYearTest {

	@Test
	void a_month_just_ahead_of_the_date_line_is_not_sent_a_year_back_by_a_past_verb() {
		assertThat(FoundDates.in("The official said the accession was planned for early March.", "1999-02-10"))
			.containsExactly("early March=1999-03");
	}

	@Test
	void a_month_just_ahead_of_the_date_line_dating_a_deed_done_is_last_years() {
		assertThat(FoundDates.in("The lender, which has 40 branches, announced the purchase of the thrift in January.",
				"2003-11-02"))
			.containsExactly("January=2003-01");
		assertThat(FoundDates.in("The grocer signed a deal to buy the Iowa bakery in January.", "2003-11-02"))
			.containsExactly("January=2003-01");
		assertThat(FoundDates.in("The bakery switched its books over to the calendar year in December.", "2003-10-27"))
			.containsExactly("December=2002-12");
	}

	@Test
	void a_month_just_ahead_that_a_past_sentence_plans_or_foretells_lies_ahead() {
		assertThat(FoundDates.in("The chain said the closing was set for December.", "2003-10-27"))
			.containsExactly("December=2003-12");
		assertThat(FoundDates.in("They had talked about the slated visit of the trade minister in December.",
				"2003-10-27"))
			.containsExactly("December=2003-12");
		assertThat(FoundDates.in("The mill told its buyers, old and new, of a 10% cut in its output in December.",
				"2003-10-27"))
			.containsExactly("December=2003-12");
	}

	@Test
	void a_month_just_ahead_after_an_infinitive_or_a_present_lies_ahead() {
		assertThat(FoundDates.in("The league has decided to admit the two clubs in early December.", "2003-10-27"))
			.containsExactly("early December=2003-12");
		assertThat(FoundDates.in("He added that rules to be published in December would settle it.", "2003-10-27"))
			.containsExactly("December=2003-12");
		assertThat(FoundDates.in("The heirs had not signed, though the appeal is heard in December.", "2003-10-27"))
			.containsExactly("December=2003-12");
	}

	@Test
	void a_month_far_ahead_in_a_past_sentence_is_last_years() {
		assertThat(FoundDates.in("The company was founded in June.", "1999-02-10")).containsExactly("June=1998-06");
	}

	@Test
	void this_year_or_last_year_after_a_month_gives_its_year() {
		assertThat(FoundDates.in("In July last year, Pol Pot was arrested. In January this year, police returned.",
				"1998-02-19"))
			.containsExactly("July last year=1997-07", "January this year=1998-01");
	}

	@Test
	void should_points_ahead() {
		assertThat(FoundDates.in("The transaction should be completed in October.", "2009-06-05"))
			.containsExactly("October=2009-10");
	}

	@Test
	void the_following_month_counts_from_the_month_named() {
		assertThat(FoundDates.in("In March, the company received an offer. It weighed a restructuring. "
				+ "The following month, it put itself up for sale.", "1989-10-27"))
			.containsExactly("March=1989-03", "The following month=1989-04");
	}

	@Test
	void a_month_after_for_to_or_a_is_read() {
		assertThat(FoundDates.in("The job figures for January rose, under a June agreement.", "1998-02-06"))
			.containsExactly("January=1998-01", "June=1997-06");
	}

	@Test
	void a_month_opening_a_span_after_between_is_read() {
		assertThat(FoundDates.in("Exports shrank by 2% between April and June.", "2008-11-17"))
			.containsExactly("April=2008-04", "June=2008-06");
	}

	@Test
	void a_year_a_span_runs_since_does_not_give_its_year_to_a_month_after_it() {
		assertThat(FoundDates.in("The store has grown since its launch in 2003 and, as of February, sells most songs.",
				"2008-04-09"))
			.containsExactly("2003=2003", "February=2008-02");
		assertThat(FoundDates.in("She has coached the team since 1990, having arrived in the city two years earlier.",
				"2008-04-09"))
			.containsExactly("1990=1990", "two years earlier=1988");
	}

	@Test
	void last_or_next_with_the_month_just_past_or_just_ahead_is_a_year_away() {
		// the month just past is "last month": "last May" said in June is a year back
		assertThat(FoundDates.in("The bridge closed last May. It reopens next July.", "2003-06-01"))
			.containsExactly("last May=2002-05", "next July=2004-07");
		assertThat(FoundDates.in("The bridge closed last March. It reopens next October.", "2003-06-01"))
			.containsExactly("last March=2003-03", "next October=2003-10");
	}

	@Test
	void a_month_ending_what_has_been_granted_lies_ahead_within_a_few_months() {
		assertThat(FoundDates.in("A group of banks has extended the miller $40 million in credit lines through March.",
				"2004-11-20"))
			.containsExactly("March=2005-03");
	}

	@Test
	void a_month_ending_a_span_told_in_the_simple_past_stays_behind() {
		assertThat(FoundDates.in("The miller's sales climbed through March.", "2004-11-20"))
			.containsExactly("March=2004-03");
		assertThat(FoundDates.in("The banks had extended the miller credit lines through March.", "2004-11-20"))
			.containsExactly("March=2004-03");
	}

	@Test
	void a_year_dating_a_thing_in_the_opening_phrase_is_not_the_main_clauses_year() {
		assertThat(FoundDates.in("Under a plan adopted by the board in 2001 that set no limit, the miller had bought "
				+ "90,000 shares through Oct. 4.", "2003-11-02"))
			.containsExactly("2001=2001", "Oct. 4=2003-10-04");
		assertThat(FoundDates.in("In 2001, the miller bought shares on Oct. 4.", "2003-11-02"))
			.containsExactly("2001=2001", "Oct. 4=2001-10-04");
	}

}
