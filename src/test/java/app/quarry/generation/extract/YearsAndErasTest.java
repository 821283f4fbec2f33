package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Years, decades, centuries and eras, and the feasts that fall on a day of the year. */
class YearsAndErasTest {

	@Test
	void year_ranges_in_every_spelling_are_ranges() {
		assertThat(FoundDates.in("The 2009-2010 season, the 1957-58 tour and the 2012/13 budget.", null))
			.containsExactly("2009-2010=2009/2010", "1957-58=1957/1958", "2012/13=2012/2013");
	}

	@Test
	void decades_centuries_and_era_years_are_year_ranges_and_signed_years() {
		assertThat(FoundDates.in("Built in the 1880s, in the 19th century, rebuilt in the late 1990s.", null))
			.containsExactly("the 1880s=1880/1889", "the 19th century=1801/1900", "the late 1990s=1990/1999");
		assertThat(FoundDates
			.in("Caesar died in 44 BC; the town was founded in AD 79 and ruined in the fifth century BC.", null))
			.containsExactly("44 BC=-0043", "AD 79=0079", "the fifth century BC=-0499/-0400");
	}

	@Test
	void a_part_of_a_decade_written_with_its_apostrophe_is_that_part() {
		assertThat(
				FoundDates.in("Prices rose through the last half of the '70s and fell in the first half of the 1990s; "
						+ "the band was big in the late '60s.", null))
			.containsExactly("the last half of the '70s=1975/1979", "the first half of the 1990s=1990/1994",
					"the late '60s=1960/1969");
	}

	@Test
	void a_century_runs_from_its_first_year_to_its_hundredth_whatever_its_modifier() {
		assertThat(FoundDates
			.in("The mill closed in the mid-18th century and the abbey fell in the early 12th century.", null))
			.containsExactly("the mid-18th century=1701/1800", "the early 12th century=1101/1200");
	}

	@Test
	void a_day_and_month_before_an_era_year_is_that_day_of_that_year() {
		assertThat(FoundDates.in("The queen was born on 3 May 120 BC and died on 9/10 August 61 BC.", "2026-12-04"))
			.containsExactly("3 May 120 BC=-0119-05-03", "9/10 August 61 BC=-0060-08-09/-0060-08-10");
	}

	@Test
	void a_day_in_parentheses_takes_the_year_written_just_after_them() {
		assertThat(FoundDates.in("The town burned on the feast of Saint Brice (13 November), 1002, at night.",
				"2026-12-04"))
			.containsExactly("13 November=1002-11-13");
	}

	@Test
	void the_month_of_a_roman_feast_is_no_month_of_the_date_line() {
		assertThat(FoundDates.in("He fell on the Ides of March (15 March), 44 BC.", "2026-12-04"))
			.containsExactly("15 March=-0043-03-15");
	}

	@Test
	void a_three_digit_year_is_read_only_in_a_history_of_the_first_millennium() {
		assertThat(FoundDates.in("The bishop (c. 310 – 372) rose in the 340s; by 351, he led the synod.", "2026-12-04"))
			.contains("351=0351");
		assertThat(FoundDates.in("The bill passed by 351, with 80 against.", "2026-12-04")).isEmpty();
	}

	@Test
	void feasts_on_fixed_days_are_their_days() {
		assertThat(FoundDates.in("The king was crowned on Christmas Day 1154 and the fleet sailed on New Year's Eve.",
				"2026-12-04"))
			.containsExactly("Christmas Day 1154=1154-12-25", "New Year's Eve=1154-12-31");
	}

	@Test
	void decades_of_the_first_millennium_and_circa_life_spans_keep_four_digits() {
		assertThat(FoundDates.in("The bishop (c. 310 – 372) was ordained in the 340s.", null))
			.containsExactly("c. 310 – 372=0310/0372", "the 340s=0340/0349");
	}

	@Test
	void a_year_said_in_words_is_a_year() {
		assertThat(FoundDates.in("In nineteen ninety-six the plant closed.", "2011-05-04"))
			.containsExactly("nineteen ninety-six=1996");
	}

	@Test
	void a_decade_said_in_words_is_its_ten_years() {
		assertThat(FoundDates.in("Hate group numbers were dropping through the nineties.", "1998-02-27"))
			.containsExactly("the nineties=1990/1999");
	}

	@Test
	void a_month_or_season_with_a_spoken_year_is_in_that_year() {
		assertThat(FoundDates.in(
				"Oil was cheap in the winter of nineteen ninety-four. In March nineteen ninety-six " + "it rose.",
				"1998-02-23"))
			.containsExactly("winter of nineteen ninety-four=1994-12/1995-02", "March nineteen ninety-six=1996-03");
	}

}
