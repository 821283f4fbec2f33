package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts whose noun the writer said once and then left out: a part of a bounded whole, a
 * total brought to a new number, a number of things that rose to a level, an object that
 * was counted in the sentences before.
 */
class ElidedUnitsTest {

	@Test
	void a_range_that_is_part_of_a_bounded_whole_counts_the_whole_s_noun() {
		assertThat(counts("The firm will trim about 75 to 90 of its more than 6,000 jobs."))
			.containsExactly("75=75 job", "6,000=6000 job");
	}

	@Test
	void a_total_brought_to_a_bare_number_counts_the_total_s_noun() {
		assertThat(counts("The offering will bring the bank's total shares outstanding to 12.4 million."))
			.containsExactly("12.4 million=12400000 share");
		assertThat(counts("The carrier will increase its weekly flights to 14.")).containsExactly("14=14 flight");
	}

	@Test
	void a_number_of_things_that_reached_a_level_counts_those_things() {
		assertThat(counts("The number of registered voters rose to 3,400 last month."))
			.containsExactly("3,400=3400 voter");
	}

	@Test
	void an_object_left_out_is_what_the_sentences_before_counted() {
		assertThat(counts("The maker holds 640 orders for the new jet. Its launch customer has ordered 35."))
			.containsExactly("640=640 order", "35=35 order");
	}

	@Test
	void amounts_and_levels_brought_to_a_number_are_not_counts() {
		assertThat(
				counts("The board raised its prices to 40 and cut its fees to 12. The lender has raised 200 million."))
			.isEmpty();
		assertThat(counts("The team has scored 3.")).isEmpty();
	}

	@Test
	void another_place_given_the_same_kind_of_count_shares_its_noun() {
		assertThat(counts("Chile has 19 million residents, and Uruguay about 3.4 million."))
			.containsExactly("19 million=19000000 resident", "3.4 million=3400000 resident");
	}

	@Test
	void the_noun_said_before_is_looked_for_only_after_the_words_that_can_end_its_phrase() {
		assertThat(ElidedUnits.lastWord("raised its staff to more Than \t\n")).isEqualTo("than");
		assertThat(ElidedUnits.lastWord("the number of pilots reached\u2028")).isEqualTo("reached");
		assertThat(ElidedUnits.lastWord("rose by 4,")).isEmpty();
		assertThat(counts("The guild brought its total members to more than 2,400."))
			.containsExactly("2,400=2400 member");
		assertThat(counts("The number of ferry pilots was an estimated 310 last spring."))
			.containsExactly("310=310 pilot");
		assertThat(counts("The guild brought its total members up 2,400.")).isEmpty();
	}

	@Test
	void an_object_left_out_is_found_by_its_sentence_among_many() {
		String before = "The quay was quiet. ".repeat(40);
		assertThat(counts(before + "The yard holds 64 hulls. Its new owner has ordered 12."))
			.containsExactly("64=64 hull", "12=12 hull");
	}

}
