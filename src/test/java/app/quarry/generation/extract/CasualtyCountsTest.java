package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A toll leaves "people" out once the reader knows who is counted: the bare number before
 * "were killed", after "wounded over", or after "the number injured" still counts people.
 */
class CasualtyCountsTest {

	@Test
	void a_bare_number_before_what_befell_it_counts_people() {
		assertThat(counts("At least 31, including four nurses, were killed in the quake."))
			.containsExactly("31=31 person", "four=4 nurse");
		assertThat(counts("Nine were reported missing and 40 others were hurt.")).containsExactly("Nine=9 person",
				"40=40 other");
		assertThat(counts("Three miners were killed and at least 17 injured in the blast."))
			.containsExactly("Three=3 miner", "17=17 person");
	}

	@Test
	void a_bare_number_after_a_verb_of_harm_counts_people() {
		assertThat(counts("The floods have killed 90 people and displaced 4,000, and injured over 1,200."))
			.containsExactly("90=90 person", "4,000=4000 person", "1,200=1200 person");
		assertThat(counts("The fire killed 12 people, and the number injured passed 300."))
			.containsExactly("12=12 person", "300=300 person");
		assertThat(counts("By Sunday the death toll had climbed to 48.")).containsExactly("48=48 person");
	}

	@Test
	void a_number_that_is_no_toll_stays_without_a_unit() {
		assertThat(counts("The storm killed in 14 counties.")).containsExactly("14=14 county");
		assertThat(counts("The score stood at 12 when the striker was injured at 70.")).isEmpty();
		assertThat(counts("The guard was hurt in 2019 and 2021.")).isEmpty();
		assertThat(counts("The fighting killed 40 of the rebels.")).containsExactly("40=40 rebel");
		assertThat(counts("No one was hurt, and not one was arrested.")).isEmpty();
	}

	@Test
	void a_people_named_by_a_word_that_is_its_own_plural_is_counted() {
		assertThat(counts("The crew had nine Lebanese, four Chinese and a Greek.")).containsExactly("nine=9 lebanese",
				"four=4 chinese");
		assertThat(counts("Six Chinese firms bid.")).containsExactly("Six=6 firm");
	}

	@Test
	void a_headline_tells_a_toll_in_the_present() {
		assertThat(counts("Two die in Vardenia house fire")).containsExactly("Two=2 person");
		assertThat(counts("The two die-hard fans waited.")).containsExactly("two=2 fan");
	}

	@Test
	void a_toll_that_rose_from_one_bound_to_another_counts_people_at_both_ends() {
		assertThat(counts("The number of injured rose from at least nine to at least eleven, officials said."))
			.containsExactly("nine=9 person", "eleven=11 person");
	}

	@Test
	void a_number_of_the_dead_or_the_injured_counts_people() {
		assertThat(counts("The largest village accounted for at least nine of the dead."))
			.containsExactly("nine=9 person");
		assertThat(counts("Doctors said 14 of the injured were children.")).contains("14=14 person");
		assertThat(counts("Four of the missing were found alive on Sunday.")).contains("Four=4 person");
	}

}
