package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day or month written without its year or week lies on the side of the date line the
 * words around it speak of: a plan told in the past, a deadline, a payment still to come.
 */
class TenseAroundDatesTest {

	@Test
	void a_weekday_opening_a_clause_whose_verb_is_a_plan_told_in_the_past_is_the_nearer_one() {
		// 2004-06-16 is a Wednesday: the plan is for the Friday ahead, two days off
		assertThat(FoundDates.in("On Friday, the council planned to close the bridge.", "2004-06-16"))
			.containsExactly("Friday=2004-06-18");
		// a Monday two days back is nearer than the one five days ahead
		assertThat(FoundDates.in("On Monday, the council planned to close the bridge.", "2004-06-16"))
			.containsExactly("Monday=2004-06-14");
	}

	@Test
	void a_weekday_after_what_was_likely_to_happen_as_soon_as_it_came_lies_ahead() {
		assertThat(
				FoundDates.in("Brokers were likely to buy the shares as soon as trading opened Monday.", "2004-06-16"))
			.containsExactly("Monday=2004-06-21");
	}

	@Test
	void a_month_in_a_clause_without_a_past_verb_after_by_is_a_deadline_ahead() {
		assertThat(FoundDates
			.in("The sale, which had been expected, is part of a program to repay the loan by February.", "2004-10-20"))
			.containsExactly("February=2005-02");
	}

	@Test
	void an_adjective_in_ed_after_still_is_no_past_verb() {
		assertThat(FoundDates.in("The dividend will be paid on a still unspecified date in January.", "2004-10-20"))
			.containsExactly("January=2005-01");
	}

	@Test
	void a_deadline_or_offer_extended_until_a_weekday_lies_ahead_though_the_extending_is_past() {
		// 2004-06-14 is a Monday
		assertThat(FoundDates.in("The agency extended its deadline until 9 a.m. Tuesday.", "2004-06-14"))
			.contains("Tuesday=2004-06-15");
		assertThat(FoundDates.in("The bank extended the offer through Friday.", "2004-06-14"))
			.containsExactly("Friday=2004-06-18");
		assertThat(FoundDates.in("The bidders extended their offers to buy the maker Friday.", "2004-06-14"))
			.containsExactly("Friday=2004-06-11");
		assertThat(FoundDates.in("The bank raised its offer on Friday.", "2004-06-14"))
			.containsExactly("Friday=2004-06-11");
	}

	@Test
	void an_aim_told_in_the_past_points_to_the_weekday_ahead() {
		// 1998-09-30 is a Wednesday
		assertThat(FoundDates.in("The union vowed to strike on Friday.", "1998-09-30"))
			.containsExactly("Friday=1998-10-02");
		assertThat(FoundDates.in("The minister pledged to fly to Lima on Friday.", "1998-09-30"))
			.containsExactly("Friday=1998-10-02");
	}

	@Test
	void an_aim_told_in_the_past_perfect_has_come_and_gone() {
		assertThat(FoundDates.in("The union had hoped to strike on Friday.", "1998-09-30"))
			.containsExactly("Friday=1998-09-25");
	}

	@Test
	void a_day_that_is_the_subject_of_a_verb_of_the_future_lies_ahead_though_a_past_verb_reports_it() {
		// 2004-06-16 is a Wednesday
		assertThat(FoundDates.in("The harbour master said Monday will see the divers return.", "2004-06-16"))
			.containsExactly("Monday=2004-06-21");
		assertThat(FoundDates.in("Forecasters warned Friday is expected to bring heavy rain.", "2004-06-16"))
			.containsExactly("Friday=2004-06-18");
		// the day of the saying, with the future told after its subject, stays behind
		assertThat(FoundDates.in("Acme said Monday it will close the mill.", "2004-06-16"))
			.containsExactly("Monday=2004-06-14");
	}

	@Test
	void a_step_sent_for_or_agreed_to_in_the_present_perfect_lies_ahead() {
		assertThat(FoundDates.in("Jane Roe said she has sent an envoy to visit the valley on Monday.", "2004-06-16"))
			.containsExactly("Monday=2004-06-21");
		assertThat(FoundDates.in("Officials said both firms have agreed to meet on Friday.", "2004-06-16"))
			.containsExactly("Friday=2004-06-18");
		assertThat(FoundDates.in("Westria has asked the envoy to return to the capital on Monday.", "2004-06-16"))
			.containsExactly("Monday=2004-06-21");
		// a past verb between: the step was taken
		assertThat(FoundDates.in("John Doe has told police he went to see a doctor on Monday.", "2004-06-16"))
			.containsExactly("Monday=2004-06-14");
		// told in the past, the step may have been taken already: the nearer reading
		assertThat(FoundDates.in("Tom Poe sent his brother to inspect the dam on Monday.", "2004-06-16"))
			.containsExactly("Monday=2004-06-14");
	}

	@Test
	void a_day_in_a_sentence_in_the_present_takes_the_year_of_writing_not_of_the_history_told_before() {
		String text = "Westria won its freedom in 1810, and its first assembly sat in 1811. "
				+ "The festival takes place from May 17 until May 21. The old fort fell on June 3, the records show.";
		assertThat(FoundDates.in(text, "2010-05-15")).contains("May 17=2010-05-17", "June 3=1811-06-03");
	}

	@Test
	void a_rough_year_ago_names_the_year_and_a_plain_one_the_month() {
		assertThat(FoundDates.in("About a year ago, observers saw the star dim.", "2005-03-16"))
			.containsExactly("a year ago=2004");
		assertThat(FoundDates.in("Jane Roe, hired a little over a year ago, resigned.", "2005-03-16"))
			.containsExactly("a year ago=2004");
		assertThat(FoundDates.in("The flaw was first seen a year ago by Acme.", "2005-03-16"))
			.containsExactly("a year ago=2004-03");
	}

}
