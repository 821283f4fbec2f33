package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Ten years later than her brother" compares two things by the time between them: no
 * date is counted from one the text told. "Three years later" with nothing compared still
 * counts from the year just told.
 */
class ComparedOffsetsTest {

	@Test
	void an_offset_followed_by_than_is_a_comparison_not_a_date() {
		assertThat(FoundDates.in("Jane Roe moved to Leeds in 1990. Her son was born ten years later than his cousin.",
				"2011-04-06"))
			.noneMatch(v -> v.startsWith("ten years later"));
		assertThat(FoundDates.in("The mill opened in 1901. The bridge was finished two years earlier than planned.",
				"2011-04-06"))
			.noneMatch(v -> v.startsWith("two years earlier"));
		assertThat(FoundDates.in("The strike began in May 2004. It ended three months later than the union wanted.",
				"2011-04-06"))
			.noneMatch(v -> v.startsWith("three months later"));
	}

	@Test
	void an_offset_with_nothing_compared_still_counts_from_the_year_told() {
		assertThat(FoundDates.in("Jane Roe moved to Leeds in 1990. She left ten years later.", "2011-04-06"))
			.contains("ten years later=2000");
	}

}
