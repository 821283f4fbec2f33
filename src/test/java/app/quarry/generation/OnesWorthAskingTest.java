package app.quarry.generation;

import static app.quarry.generation.CountQuestionsTest.clozes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A count of one is asked where it says something: the last part of a whole told in
 * parts, a rate of one for each of something, one more of the things counted; a plain
 * "one" still is not.
 */
class OnesWorthAskingTest {

	@Test
	void the_one_that_closes_a_list_of_parts_is_asked() {
		assertThat(clozes("Of the seven miners, four were rescued, two were injured and one was missing."))
			.contains("Fill in the missing number: Of the seven miners, four were rescued, two were injured and _____ "
					+ "was missing. = 1");
		assertThat(clozes("Of the nine cousins, six moved to Lisbon, while two stayed in Porto and one has died."))
			.contains("Fill in the missing number: Of the nine cousins, six moved to Lisbon, while two stayed in Porto "
					+ "and _____ has died. = 1");
	}

	@Test
	void a_one_of_something_or_a_day_after_a_list_is_no_part() {
		assertThat(clozes("Rangers closed four trails and one of the bridges.")).noneMatch(q -> q.endsWith("= 1"));
		assertThat(clozes("The club has six members and one day hopes to grow.")).noneMatch(q -> q.endsWith("= 1"));
		assertThat(clozes("Police link him to three raids in the north, and one near the coast."))
			.noneMatch(q -> q.endsWith("= 1"));
	}

	@Test
	void a_one_with_no_number_before_it_is_still_too_plain() {
		assertThat(clozes("The guards left and one person stayed behind.")).isEmpty();
	}

	@Test
	void one_given_for_each_of_something_else_is_a_rate_worth_asking() {
		assertThat(clozes("The club will issue one ticket to a new winter concert for each member it enrols."))
			.containsExactly("Fill in the missing number: The club will issue _____ ticket(s) to a new winter concert "
					+ "for each member it enrols. = 1");
		assertThat(clozes("The scheme grants one free parking pass as a bonus for every year served.")).hasSize(1)
			.allMatch(q -> q.endsWith("= 1"));
	}

	@Test
	void one_more_of_the_things_counted_is_asked() {
		assertThat(clozes("The governor toured five flooded counties on Monday. He added one more today."))
			.contains("Fill in the missing number: He added _____ more today. = 1");
		assertThat(clozes("She wanted to see the band one more time.")).isEmpty();
	}

	@Test
	void an_adverb_after_a_bare_one_is_not_what_it_counts() {
		assertThat(clozes("Twelve of them are held in Spain and one abroad.")).noneMatch(q -> q.contains("abroad("));
	}

}
