package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts whose noun stands elsewhere in the clause ("brought to six the number of boats",
 * "The victims numbered 213", "who at 77 is"), lengths of one unit written with "a"
 * ("within a year", "an hour later"), and ordinals before a plural, which name the
 * earliest ones and rank nothing.
 */
class CountsBesideTheirNounTest {

	@Test
	void a_total_brought_to_a_number_counts_the_noun_after_the_number_of() {
		assertThat(counts("The latest storm brought to six the number of boats sunk in the harbour."))
			.contains("six=6 boat");
	}

	@Test
	void a_subject_that_numbered_a_total_is_what_it_counts() {
		assertThat(counts("The victims in Portmere numbered 114, including 9 children.")).contains("114=114 victim",
				"9=9 children");
	}

	@Test
	void an_age_told_with_at_after_who_or_a_comma_is_years() {
		assertThat(counts("Tom Brenner, who at 77 is the oldest captain of the fleet, sailed again."))
			.contains("77=77 year");
		assertThat(counts("The painter died at 84, in his studio.")).contains("84=84 year");
	}

	@Test
	void a_price_or_level_at_a_number_is_no_age() {
		assertThat(counts("The index closed at 77, down from 80.")).noneMatch(c -> c.endsWith(" year"));
	}

	@Test
	void a_length_of_one_unit_with_a_or_an_counts_one() {
		assertThat(counts("The council will finish its review within a year.")).containsExactly("a year=1 year");
		assertThat(counts("Just over an hour later, the diver was pulled aboard.")).containsExactly("an hour=1 hour");
		assertThat(counts("The brothers stayed for a month in a cabin.")).containsExactly("a month=1 month");
	}

	@Test
	void a_length_of_one_unit_that_a_task_may_take_counts_one() {
		assertThat(counts("The survey may take a decade or more to finish.")).containsExactly("a decade=1 decade");
		assertThat(counts("The hearing may last as long as a week.")).containsExactly("a week=1 week");
	}

	@Test
	void a_length_keeps_every_word_that_may_lead_to_its_count_even_across_a_line() {
		// the words before "a" or "an" are read back from the count: the longest run of
		// them, and spaces of any kind between them, must still find the length
		assertThat(counts("The drill may last as long as just under an hour.")).containsExactly("an hour=1 hour");
		assertThat(counts("The ferry crossing lasted\n  just over a day.")).containsExactly("a day=1 day");
		assertThat(counts("The vote, then a week of talks, came within-a year.")).isEmpty();
	}

	@Test
	void a_unit_with_a_after_as_alone_is_no_length() {
		assertThat(counts("The date was kept as a day of mourning.")).isEmpty();
	}

	@Test
	void a_length_of_one_unit_is_found_wherever_a_word_may_begin_and_only_there() {
		// the expressions are tried only at the start of a word: at the start of the
		// text, after a mark, whatever the letter's case
		assertThat(counts("Within a week the ferry sailed again.")).containsExactly("a week=1 week");
		assertThat(counts("The pier closed (for a decade) after the storm.")).containsExactly("a decade=1 decade");
		assertThat(counts("The vote came—an hour later—in the night.")).containsExactly("an hour=1 hour");
		// "therefore" and "Panama" hold "for" and "a", but not at a word's start
		assertThat(counts("It rained; therefore a year passed quietly in Panama year after year.")).isEmpty();
	}

	@Test
	void a_rate_or_a_date_a_year_back_counts_no_length() {
		assertThat(counts("The club meets once a year. Patients take it three times a day."))
			.noneMatch(c -> c.startsWith("a "));
		assertThat(counts("Members pay $5 a month. Wages were higher than a year earlier."))
			.noneMatch(c -> c.startsWith("a "));
		assertThat(counts("The bridge was finished a year ago.")).isEmpty();
	}

	@Test
	void an_ordinal_before_a_plural_names_the_earliest_ones_not_a_rank() {
		assertThat(counts("Ten years after the first captains were licensed, the port hired two women."))
			.containsExactly("Ten=10 year", "two=2 women");
		assertThat(counts("She became the first woman pilot of the fleet.")).singleElement()
			.satisfies(c -> assertThat(c).startsWith("first=1th "));
		assertThat(counts("They are the 212th and 213th members of the club.")).containsExactly("212th=212th member",
				"213th=213th member");
	}

	@Test
	void first_ever_ranks_the_noun_after_ever() {
		assertThat(counts("He served as the first ever mayor of the town.")).containsExactly("first=1th mayor");
	}

	@Test
	void plurals_in_men_are_counted_like_plurals_in_s() {
		assertThat(counts("Two American fishermen found the boat last November.")).containsExactly("Two=2 fishermen");
		assertThat(counts("Two specimen boxes arrived.")).containsExactly("Two=2 box");
	}

	@Test
	void years_ago_after_a_name_still_count_years() {
		assertThat(counts("The prize honours the founding of UNESCO 50 years ago.")).containsExactly("50=50 year");
	}

}
