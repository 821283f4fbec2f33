package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Counts as speech says them and a transcript writes them down: hundreds counted past a
 * thousand, a plural after a qualified modifier, and numbers said in parts without "and",
 * which no part may misstate.
 */
class SpokenCountsTest {

	@Test
	void hundreds_past_a_thousand_count_their_noun() {
		assertThat(counts("The club has thirty-five hundred members and twelve hundred guests."))
			.containsExactly("thirty-five hundred=3500 member", "twelve hundred=1200 guest");
	}

	@Test
	void a_degree_adverb_before_a_modifier_leaves_the_plural_counted() {
		assertThat(counts("The college has twelve hundred mostly foreign students."))
			.containsExactly("twelve hundred=1200 student");
		assertThat(counts("The survey named nine largely rural counties.")).containsExactly("nine=9 county");
	}

	@Test
	void an_adverb_that_qualifies_no_modifier_still_ends_the_count() {
		assertThat(counts("Of the ten, nine quickly left.")).isEmpty();
	}

	@Test
	void a_number_said_in_parts_without_and_is_no_count_of_either_part() {
		assertThat(counts("The mill has twelve hundred fifty workers.")).isEmpty();
		assertThat(counts("The town has three thousand five hundred homes.")).isEmpty();
	}

	@Test
	void hundreds_said_with_their_tens_and_units_are_one_number() {
		assertThat(counts("By now two hundred and thirty four Canadians have climbed the peak."))
			.containsExactly("two hundred and thirty four=234 canadian");
		assertThat(counts("The firm has a hundred thirty staff and three hundred twelve trucks."))
			.containsExactly("a hundred thirty=130 staff", "three hundred twelve=312 truck");
		assertThat(counts("The port lost two hundred and five hundred jobs in turn."))
			.noneMatch(c -> c.contains("=205"));
	}

	@Test
	void a_half_before_a_scale_is_half_of_it() {
		assertThat(counts("About a half million homes still have no heat."))
			.containsExactly("a half million=500000 home");
		assertThat(counts("Half a million fans came.")).containsExactly("Half a million=500000 fan");
	}

	@Test
	void a_bare_number_the_same_sentence_would_take_counts_what_it_counted() {
		assertThat(counts("The school has twelve hundred students but would take thirty-five hundred if it had room."))
			.containsExactly("twelve hundred=1200 student", "thirty-five hundred=3500 student");
		assertThat(counts("The hall seats 400 guests and could hold 600.")).containsExactly("400=400 guest",
				"600=600 guest");
	}

	@Test
	void a_bare_number_a_later_sentence_would_take_borrows_no_noun_from_the_one_before() {
		assertThat(counts("The hall seats 400 guests. Builders came and could add 600."))
			.containsExactly("400=400 guest");
	}

}
