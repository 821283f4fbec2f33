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
	void durations_in_words_are_iso_durations() {
		assertThat(values("He served two years and about a month, then two decades.", null))
			.containsExactly("two years=P2Y", "a month=P1M", "two decades=P20Y");
	}

	@Test
	void a_date_followed_by_a_time_of_day_is_also_a_time() {
		assertThat(values("The vote closed on March 3, 2020 at 5:30 p.m. in Ohio.", null))
			.containsExactly("March 3, 2020=2020-03-03", "March 3, 2020 at 5:30 p.m.=2020-03-03T17:30");
	}

	@Test
	void identifiers_and_may_the_verb_are_not_dates() {
		assertThat(values("ID: LFG-2018-0011. Kim may also write. Talks resumed May 24.", "2018-09-10"))
			.containsExactly("May 24=2018-05-24");
	}

}
