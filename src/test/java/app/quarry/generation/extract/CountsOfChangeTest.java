package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change told "from A to B" counts the same things at both levels, whichever of the two
 * names them; a multiplier and an amount of money are no counts.
 */
class CountsOfChangeTest {

	@Test
	void the_level_left_takes_the_noun_of_the_level_reached_past_a_bound() {
		assertThat(counts("The waiting time fell last year from 30 to just 18 days.")).containsExactly("30=30 day",
				"18=18 day");
		assertThat(counts("The fleet grew from 40 to nearly 65 ships.")).containsExactly("40=40 ship", "65=65 ship");
	}

	@Test
	void the_level_reached_takes_the_noun_of_the_level_left() {
		assertThat(counts("The fleet grew from 40 ships to nearly 65 by May.")).containsExactly("40=40 ship",
				"65=65 ship");
	}

	@Test
	void after_a_word_of_change_both_levels_are_counts_and_no_range() {
		assertThat(counts("Visits to the park rose from 3,500 to 12,000 people a week."))
			.containsExactly("3,500=3500 person", "12,000=12000 person");
		assertThat(counts("The club cut its staff from 120 to 95 people.")).containsExactly("120=120 person",
				"95=95 person");
	}

	@Test
	void a_range_without_a_change_keeps_its_lower_end_only() {
		assertThat(counts("Each course runs from 20 to 30 days.")).containsExactly("20=20 day");
	}

	@Test
	void the_numbers_of_a_quoted_term_give_its_levels_their_noun() {
		assertThat(counts("The numbers of licensed \"street kitchens\" rose from 300 to 1,200 a year."))
			.contains("300=300 kitchen");
	}

	@Test
	void a_part_out_of_a_known_whole_counts_the_whole_s_noun_and_the_whole_is_its_scale() {
		assertThat(counts("Twelve out of the top 40 songs were covers.")).containsExactly("Twelve=12 song");
		assertThat(counts("Nine out of 10 voters agreed.")).doesNotContain("Nine=9 voter");
	}

	@Test
	void a_ratio_alone_in_its_sentence_is_asked_as_how_many_times() {
		assertThat(counts("The new ferry carries more than four times as many cars as the old one."))
			.containsExactly("four=4 time");
		assertThat(counts("The new laptops are up to three times faster than the old ones."))
			.containsExactly("three=3 time");
		assertThat(counts("The tower is five times the size of the old one.")).containsExactly("five=5 time");
		assertThat(counts("She has won the race three times.")).containsExactly("three=3 time");
	}

	@Test
	void a_ratio_beside_a_count_leaves_the_count_as_the_news() {
		assertThat(counts("The mill now employs 600 weavers, four times as many as in 1990."))
			.containsExactly("600=600 weaver");
		assertThat(counts("Acme sold 40 trucks last year. It sold three times as many cars."))
			.containsExactly("40=40 truck", "three=3 time");
	}

	@Test
	void millions_written_with_m_or_bn_before_a_currency_s_name_are_money() {
		assertThat(counts("The sale may raise as much as 3bn euros.")).isEmpty();
		assertThat(counts("Profits rose from 20m to 30m euros, and 1.5m customers signed up."))
			.containsExactly("1.5m=1500000 customer");
	}

	@Test
	void a_body_of_people_given_its_size_with_of_counts_its_members() {
		assertThat(counts("The ship sailed with a crew of six and ten tonnes of cargo on board."))
			.containsExactly("six=6 member", "ten=10 tonne");
		assertThat(counts("Rebels held the pass with a force of 400 near the river."))
			.containsExactly("400=400 member");
		assertThat(counts("The army sent a force of 5,000 troops.")).containsExactly("5,000=5000 troop");
	}

}
