package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts news tells with the number apart from its noun or without a digit: ordinals
 * joined before one noun, a part of a number of things, a clause opening on those counted
 * before, dozens and millions with an article, a count of quarters; and an ordinal that
 * is a year of school, not a rank.
 */
class CountsToldAroundTest {

	@Test
	void ordinals_joined_by_and_or_commas_rank_the_noun_after_the_last() {
		assertThat(counts("The twins were the 212th and 213th climbers to reach the top."))
			.containsExactly("212th=212th climber", "213th=213th climber");
		assertThat(counts("She won the first, second and fifth heats.")).containsExactly("first=1th heat",
				"second=2th heat", "fifth=5th heat");
	}

	@Test
	void a_part_of_a_number_of_things_counts_them_too() {
		assertThat(counts("Three of eight wind farms were idle.")).containsExactly("Three=3 farm", "eight=8 farm");
		assertThat(counts("A poll says seven of 10 voters agree.")).containsExactly("10=10 voter");
	}

	@Test
	void a_clause_opening_on_those_counted_before_counts_them() {
		assertThat(counts("The storm hurt 40 hikers. Of those injured, 9 were flown out."))
			.containsExactly("40=40 hiker", "9=9 hiker");
		assertThat(counts("Of those injured, 9 were flown out.")).isEmpty();
		assertThat(counts("The farm keeps 30 goats, 12 of which are milked. The remaining 18 graze."))
			.containsExactly("30=30 goat", "12=12 goat", "18=18 goat");
	}

	@Test
	void a_dozen_with_the_or_halved_says_how_many() {
		assertThat(counts("The dozen jurors left. Half a dozen farms and a half dozen mills burned."))
			.containsExactly("dozen=12 juror", "Half a dozen=6 farm", "a half dozen=6 mill");
		assertThat(counts("Dozens of sheep and several dozen goats grazed.")).isEmpty();
	}

	@Test
	void half_a_dozen_at_the_start_of_a_line_is_six() {
		assertThat(counts("Gale hits Vardenia\nHalf a dozen boats sank.")).containsExactly("Half a dozen=6 boat");
		assertThat(counts("Roe said: \"half a dozen lorries\" were stuck.")).contains("half a dozen=6 lorry");
	}

	@Test
	void a_number_of_dozens_counts_twelve_for_each_even_past_adjectives() {
		assertThat(counts("Two dozen cows grazed. About three dozen small bakeries opened."))
			.containsExactly("Two dozen=24 cow", "three dozen=36 bakery");
	}

	@Test
	void a_million_with_an_article_is_a_number_but_not_before_a_hyphen() {
		assertThat(counts("More than a million fans watched.")).containsExactly("a million=1000000 fan");
		assertThat(counts("He bought a million-dollar yacht.")).isEmpty();
	}

	@Test
	void a_count_of_quarters_is_no_fraction_unless_one_or_three() {
		assertThat(counts("Lenders set a rolling four-quarter test.")).containsExactly("four=4 quarter");
		assertThat(counts("They sold a three-quarter stake.")).isEmpty();
	}

	@Test
	void a_day_after_a_month_s_name_is_no_model_number_that_hides_the_same_number_elsewhere() {
		assertThat(counts("PORTVILLE, March 14 (Wire) -- Crews rescued 14 sailors.")).containsExactly("14=14 sailor");
	}

	@Test
	void an_ordinal_before_grade_is_a_year_of_school_not_a_rank() {
		assertThat(counts("A 3rd grade girl and the fourth grader sang. The second verse was long."))
			.containsExactly("second=2th verse");
	}

}
