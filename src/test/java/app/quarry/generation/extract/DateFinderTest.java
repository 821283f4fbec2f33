package app.quarry.generation.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

class DateFinderTest {

	private static List<String> values(String text, String reference) {
		LocalDate ref = reference == null ? null : LocalDate.parse(reference);
		return new DateFinder().find(DocumentText.of(text), new ExtractionContext("t", ref))
			.stream()
			.map(DateFinderTest::describe)
			.toList();
	}

	private static String describe(Fact f) {
		return switch (f) {
			case DateFact d -> d.text() + "=" + d.value();
			case DurationFact d -> d.text() + "=" + d.value();
			case TimeFact t -> t.text() + "=" + t.value();
			case SetFact t -> t.text() + "=" + t.value();
			case TimeReferenceFact t -> t.text() + "=" + t.value();
			default -> f.text();
		};
	}

	@Test
	void absolute_dates_in_every_common_spelling_are_normalized() {
		assertThat(
				values("It began on April 1, 2018, then 1 April 2019, then 2018-09-10, then January 29th, 2018.", null))
			.containsExactly("April 1, 2018=2018-04-01", "1 April 2019=2019-04-01", "2018-09-10=2018-09-10",
					"January 29th, 2018=2018-01-29");
	}

	@Test
	void an_ordinal_suffix_in_sup_tags_still_gives_the_date() {
		assertThat(values("January 29<sup>th</sup>, 2018\n\nRe: Japan", null))
			.containsExactly("January 29<sup>th</sup>, 2018=2018-01-29");
	}

	@Test
	void month_days_take_the_year_of_the_reference_date_in_a_past_tense_sentence() {
		assertThat(values("Trump spoke on Sept. 7. The summit was cancelled on Dec. 24.", "2018-09-10"))
			.containsExactly("Sept. 7=2018-09-07", "Dec. 24=2017-12-24");
	}

	@Test
	void a_year_or_decade_of_two_digits_after_its_apostrophe_is_read_in_its_century() {
		assertThat(
				values("Stocks fell to their lowest since '82, a fall unseen since the '90s and in '07.", "2009-03-02"))
			.containsExactly("'82=1982", "90s=1990/1999", "'07=2007");
	}

	@Test
	void a_year_of_two_digits_after_a_mark_turned_the_other_way_is_read_too() {
		assertThat(values("Its share fell from 30 percent in ‘01 to 9% in ‘03, Acme said.", "2005-06-01"))
			.containsExactly("‘01=2001", "‘03=2003");
		assertThat(values("Acme launched its Widget ‘04 at the fair.", "2005-06-01")).isEmpty();
	}

	@Test
	void two_digits_after_an_apostrophe_in_a_name_are_no_year() {
		assertThat(values("Apple unveils its iLife '11 software suite.", "2010-10-21")).isEmpty();
	}

	@Test
	void a_year_ended_on_a_day_is_a_length_of_a_year() {
		assertThat(values("Net income for the fiscal year ended Sept. 30 rose.", "1989-11-02"))
			.containsExactly("the fiscal year=P1Y", "Sept. 30=1989-09-30");
	}

	@Test
	void a_year_named_in_the_sentence_before_does_not_place_a_month_in_dated_news() {
		assertThat(values("The store has grown since its launch in 2003. As of February, it sold 70% of all songs.",
				"2008-04-09"))
			.containsExactly("2003=2003", "February=2008-02");
	}

	@Test
	void a_year_named_in_the_same_sentence_places_a_month() {
		assertThat(values("In 2003 the store opened, and in February it sold its first song.", "2008-04-09"))
			.containsExactly("2003=2003", "February=2003-02");
	}

	@Test
	void without_a_date_line_the_year_of_the_sentence_before_places_a_month() {
		assertThat(values("The store opened in 2003. In February it sold its first song.", null))
			.containsExactly("2003=2003", "February=2003-02");
	}

	@Test
	void a_future_sentence_places_a_month_after_the_reference_date() {
		assertThat(values("The summit is expected to take place in October.", "2018-09-10"))
			.containsExactly("October=2018-10");
		assertThat(values("The summit is expected to take place in March.", "2018-09-10"))
			.containsExactly("March=2019-03");
	}

	@Test
	void of_that_year_takes_the_last_year_named() {
		assertThat(
				values("They met on June 12, 2018. He wrote after a summit on Sept. 18–20 of that year.", "2022-09-26"))
			.containsExactly("June 12, 2018=2018-06-12", "Sept. 18–20 of that year=2018-09-18/2018-09-20");
	}

	@Test
	void ranges_and_month_years_are_given_as_iso_ranges_and_months() {
		assertThat(values("The talks broke down on Feb. 27–28, 2019 after letters between April 2018 and August 2019.",
				null))
			.containsExactly("Feb. 27–28, 2019=2019-02-27/2019-02-28", "April 2018=2018-04", "August 2019=2019-08");
	}

	@Test
	void relative_expressions_are_resolved_against_the_reference_date() {
		assertThat(values(
				"It came yesterday. The parade was held Sunday. They met last week. She said earlier this week it "
						+ "worked. They will meet next week and later this month. Sales fell last year.",
				"2018-09-12"))
			.containsExactly("yesterday=2018-09-11", "Sunday=2018-09-09", "last week=2018-09-03/2018-09-09",
					"earlier this week=2018-09-10/2018-09-16", "next week=2018-09-17/2018-09-23",
					"later this month=2018-09", "last year=2017");
	}

	@Test
	void the_last_week_of_a_month_is_no_week_before_the_reference_date() {
		assertThat(values("Orders picked up in the last week of May, and again in the last week of the year.",
				"2018-06-04"))
			.containsExactly("May=2018-05", "the year=2018");
	}

	@Test
	void earlier_or_later_this_week_is_the_whole_week_of_the_reference_day() {
		// a Thursday: the week is told, as "earlier this month" tells the month
		assertThat(values("The mayor opened a new library earlier this week. The council will vote later this week.",
				"2000-02-10"))
			.containsExactly("earlier this week=2000-02-07/2000-02-13", "later this week=2000-02-07/2000-02-13");
		assertThat(values("The mayor wrote to the council earlier this week.", "2000-02-14"))
			.containsExactly("earlier this week=2000-02-14/2000-02-20");
	}

	@Test
	void a_relative_expression_inside_a_quote_speaks_from_the_day_the_words_were_said() {
		assertThat(values("\"It was handed over yesterday,\" Trump told reporters on Sept. 7. It came yesterday.",
				"2018-09-10"))
			.containsExactly("yesterday=2018-09-06", "Sept. 7=2018-09-07", "yesterday=2018-09-09");
	}

	@Test
	void a_weekday_in_a_future_sentence_is_the_next_one() {
		assertThat(values("The envoys will arrive Friday.", "2018-09-12")).containsExactly("Friday=2018-09-14");
	}

	@Test
	void relative_expressions_without_a_reference_date_keep_a_null_value() {
		assertThat(values("The parade was held Sunday, a week after talks in June.", null))
			.containsExactly("Sunday=null", "a week=P1W", "June=null");
	}

	@Test
	void years_alone_and_the_year_phrase_are_dates_but_ages_and_durations_are_not() {
		assertThat(values("The year 2025 is neither 2018 nor 2019; the 1950-53 war lasted three years. "
				+ "A 70-year-old man waited 24 days for 70 years.", null))
			.containsExactly("The year 2025=2025", "2018=2018", "2019=2019", "1950-53=1950/1953", "three years=P3Y",
					"24 days=P24D", "70 years=P70Y");
	}

	@Test
	void identifiers_and_may_the_verb_are_not_dates() {
		assertThat(values("ID: LFG-2018-0011. Kim may also write. Talks resumed May 24.", "2018-09-10"))
			.containsExactly("May 24=2018-05-24");
	}

	@Test
	void a_weekday_named_on_the_dateline_s_own_weekday_is_that_day() {
		// 2021-03-10 is a Wednesday
		assertThat(values("The council voted on Wednesday.", "2021-03-10")).containsExactly("Wednesday=2021-03-10");
		assertThat(values("The council voted last Wednesday.", "2021-03-10"))
			.containsExactly("last Wednesday=2021-03-03");
	}

	@Test
	void a_weekday_takes_the_tense_of_its_own_clause() {
		assertThat(values("The mayor announced Friday that the bridge will reopen.", "2021-03-10"))
			.containsExactly("Friday=2021-03-05");
		assertThat(values("The ferry has been suspended until Friday.", "2021-03-10"))
			.containsExactly("Friday=2021-03-12");
		assertThat(values("In a May 3 speech, the mayor said the bridge would reopen.", "2021-06-10"))
			.containsExactly("May 3=2021-05-03");
	}

	@Test
	void a_title_ending_in_a_number_does_not_swallow_the_date_line_below_it() {
		assertThat(values("Famous painter dies aged 91\n\nOctober 6, 2015\n\nThe painter died.", null))
			.contains("October 6, 2015=2015-10-06");
	}

	@Test
	void months_named_relative_to_the_reference_take_its_year() {
		assertThat(values("Prices rose last June, in March of this year and early December.", "2021-08-20"))
			.containsExactly("last June=2021-06", "March of this year=2021-03", "early December=2020-12");
		assertThat(values("The plant might close by March.", "2021-11-20")).containsExactly("March=2022-03");
	}

	@Test
	void a_month_told_after_last_years_december_is_in_the_date_lines_year() {
		String news = "The two men were convicted in September 2009 and lost an appeal in December of that year. "
				+ "A second hearing took place in April.";
		assertThat(values(news, "2010-06-10")).contains("April=2010-04");
	}

	@Test
	void a_month_without_a_year_in_a_history_takes_the_year_the_story_last_named() {
		String history = "The Abbey\n\n4 December 2026\n\nThe abbey was founded on 5 May 1132 by monks from the south. "
				+ "They cleared the valley over the summer months. Its first church was consecrated in October.";
		assertThat(values(history, "2026-12-04")).contains("October=1132-10");
	}

	@Test
	void a_month_without_a_year_in_news_that_names_a_recent_year_keeps_the_date_line() {
		String news = "Bridge reopens\n\n4 December 2010\n\nThe bridge first opened in 1932. "
				+ "It was last repaired in 2009. Its lamps were replaced by a local firm. Traffic returned to it in October.";
		assertThat(values(news, "2010-12-04")).contains("October=2010-10");
	}

	@Test
	void seasons_quarters_halves_and_fiscal_years_are_resolved() {
		assertThat(values("Sales will start next summer.", "2020-10-15"))
			.containsExactly("next summer=2021-06/2021-08");
		assertThat(values("Profit fell in the third quarter and in the second half of this year.", "2020-11-15"))
			.containsExactly("the third quarter=2020-07/2020-09", "the second half of this year=2020-07/2020-12");
		assertThat(values("Revenue in fiscal 2019 grew.", null)).containsExactly("fiscal 2019=2019");
	}

	@Test
	void modifiers_stay_in_the_words_and_keep_the_value() {
		assertThat(values("It opens in mid-2022 and closes at the end of last year.", "2021-05-05"))
			.containsExactly("mid-2022=2022", "the end of last year=2020");
	}

	@Test
	void dates_counted_from_one_named_before_are_placed() {
		assertThat(values("The mill opened in 1920. Three years later it burned down.", null))
			.containsExactly("1920=1920", "Three years later=1923");
		assertThat(values("In 1998 the firm moved, and the following year it grew.", null)).containsExactly("1998=1998",
				"the following year=1999");
		assertThat(values("The storm hit on May 4, 2019. A day before the storm, roads closed. "
				+ "By the following day it was over.", null))
			.containsExactly("May 4, 2019=2019-05-04", "A day before=2019-05-03", "the following day=2019-05-04");
	}

	@Test
	void ago_is_as_precise_as_its_unit() {
		assertThat(values("It began two weeks ago, nine months ago, a year ago and three years ago.", "2021-05-20"))
			.containsExactly("two weeks ago=2021-05-06", "nine months ago=2020-08", "a year ago=2020-05",
					"three years ago=2018");
	}

	@Test
	void today_is_the_day_the_lead_reports_when_the_date_line_comes_later() {
		String text = "Markets fall\n\nMarch 6, 2021\n\nThe index closed lower on Thursday.\nBanks also fell today.";
		assertThat(values(text, "2021-03-06")).contains("Thursday=2021-03-04", "today=2021-03-04");
		String writer = "Markets fall\n\nMarch 6, 2021\n\nThe index closed lower on Thursday.\n"
				+ "Banks fell yesterday and rose today.";
		assertThat(values(writer, "2021-03-06")).contains("today=2021-03-06");
	}

	@Test
	void a_payment_deadline_or_succession_without_a_year_is_the_coming_one() {
		assertThat(values("The reduced dividend is payable Dec. 15 to holders of record Nov. 17.", "2011-10-26"))
			.containsExactly("Dec. 15=2011-12-15", "Nov. 17=2011-11-17");
		assertThat(values("Ms. Reed joined the bank in 1994. She will succeed Tom Hale Feb. 1.", "2011-10-26"))
			.containsExactly("1994=1994", "Feb. 1=2012-02-01");
		assertThat(values("The notes are due 2016. The rights expire Nov. 21.", "2011-10-26"))
			.containsExactly("2016=2016", "Nov. 21=2011-11-21");
	}

	@Test
	void a_deadline_weeks_ahead_is_not_read_as_most_of_a_year_back() {
		assertThat(values("The board decided the library should reopen by Jan. 14.", "2012-01-07"))
			.containsExactly("Jan. 14=2012-01-14");
	}

	@Test
	void the_next_morning_is_the_day_after_the_one_told_of() {
		assertThat(FoundDates
			.in("The boy was taken to hospital on May 4, 2019. He appeared in court the next " + "morning.", null))
			.contains("May 4, 2019=2019-05-04", "the next morning=2019-05-05", "the next morning=2019-05-05TMO");
	}

	@Test
	void a_year_may_follow_its_day_without_a_comma() {
		assertThat(FoundDates.in("The index rose 54 points from March 12 2009.", "2009-03-20"))
			.containsExactly("March 12 2009=2009-03-12");
	}

	@Test
	void this_past_weekend_or_weekday_is_the_last_one_and_said_on_a_weekend_is_not_placed() {
		// 2014-04-16 is a Wednesday
		assertThat(values("Aid workers arrived this past weekend and left this past Monday.", "2014-04-16"))
			.containsExactly("this past weekend=2014-04-12/2014-04-13", "this past Monday=2014-04-14");
		// 2014-04-19 is a Saturday
		assertThat(values("Aid workers arrived this past weekend.", "2014-04-19"))
			.containsExactly("this past weekend=null");
	}

	@Test
	void the_week_before_or_after_an_event_is_the_calendar_week_next_to_the_event_day() {
		// 2014-03-05 is a Wednesday
		assertThat(values("The strike began on March 5, 2014. Talks resumed the week after the strike.", "2014-04-18"))
			.containsExactly("March 5, 2014=2014-03-05", "the week=2014-03-10/2014-03-16");
	}

}
