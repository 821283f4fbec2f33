package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers listed after a count that names their noun once: by place after a word of what
 * befell the things, or set against another's; ratios told beside ratios alone; and the
 * remainder of a length told in two units without a comma.
 */
class CountsListedOnceTest {

	@Test
	void places_listed_after_a_word_of_what_befell_the_things_share_the_noun() {
		assertThat(counts("Officials reported 40 people dead in Northland, 11 in Eastvale and six in Westmoor."))
			.containsExactly("40=40 person", "11=11 person", "six=6 person");
		assertThat(counts("The storm left 300 homes damaged in the valley and 45 on the coast."))
			.containsExactly("300=300 home", "45=45 home");
		assertThat(counts("There were 12 cases confirmed at the school, 4 at the depot.")).containsExactly("12=12 case",
				"4=4 case");
		assertThat(counts("Acme has 90 people missing in the north and 20 in the south."))
			.containsExactly("90=90 person", "20=20 person");
	}

	@Test
	void a_number_set_against_an_owners_count_shares_its_noun() {
		assertThat(counts("Jane Roe served 19 aces to her rival's two.")).containsExactly("19=19 ace", "two=2 ace");
		assertThat(counts("The visitors won 31 votes in the final round to the hosts' 27."))
			.containsExactly("31=31 vote", "27=27 vote");
		assertThat(counts("Doe took nine wickets to John Roe's four.")).containsExactly("nine=9 wicket",
				"four=4 wicket");
	}

	@Test
	void ratios_told_only_beside_ratios_are_each_kept() {
		assertThat(counts("The new chip is 2,000 times faster than the old chip and 30 times faster than its rival."))
			.containsExactly("2,000=2000 time", "30=30 time");
		assertThat(counts("The plant employs 500 staff, four times as many as before."))
			.containsExactly("500=500 staff");
	}

	@Test
	void the_remainder_of_a_length_told_in_two_units_without_a_comma_is_no_count() {
		assertThat(counts("The final lasted 4 hours 12 minutes, a record.")).containsExactly("4=4 hour");
		assertThat(counts("The ascent took 6 hours 30 minutes in all.")).containsExactly("6=6 hour");
		assertThat(counts("The race took 2 hours, 15 minutes.")).isEmpty();
	}

}
