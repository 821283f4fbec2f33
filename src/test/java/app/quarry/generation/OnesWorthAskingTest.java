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
	void a_margin_of_one_unit_is_asked() {
		assertThat(clozes("The first half ended with Westria holding a one-goal lead over Eastham."))
			.contains("Fill in the missing number: The first half ended with Westria holding a _____-goal lead over "
					+ "Eastham. = 1");
		assertThat(clozes("The Acme party now has a one-seat majority on the Westria council."))
			.anyMatch(q -> q.endsWith("= 1"));
		assertThat(clozes("Jane Roe kept a one-stroke advantage going into the last round."))
			.anyMatch(q -> q.endsWith("= 1"));
	}

	@Test
	void a_one_sided_win_is_no_margin() {
		assertThat(clozes("Jane Roe won a one-sided victory in the Eastham final.")).isEmpty();
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

	@Test
	void a_one_in_a_critical_condition_is_a_toll_worth_asking() {
		assertThat(clozes("After the storm hit Acme, one person is said to be in a serious condition."))
			.containsExactly("Fill in the missing number: After the storm hit Acme, _____ person/people is said to be "
					+ "in a serious condition. = 1");
		assertThat(clozes("When the bus overturned near Acme, one passenger was in serious condition."))
			.containsExactly("Fill in the missing number: When the bus overturned near Acme, _____ passenger(s) was "
					+ "in serious condition. = 1");
		assertThat(clozes("As the crane fell at the port, one worker is said to have been injured."))
			.containsExactly("Fill in the missing number: As the crane fell at the port, _____ worker(s) is said to "
					+ "have been injured. = 1");
		assertThat(clozes("As the crane fell at the port, one worker is said to have been running.")).isEmpty();
	}

	@Test
	void a_once_singled_out_is_asked_with_once_or_so_many_times_as_options() {
		assertThat(CountQuestionsTest.questions("The Owls had only beaten the Foxes once in the last nine years.")
			.stream()
			.filter(q -> q.format().equals("multiple_choice") && q.value().equals("1"))
			.findFirst()
			.orElseThrow()
			.options()).contains("once", "twice", "three times");
	}

	@Test
	void a_one_told_as_the_victim_of_a_named_deed_is_a_toll_worth_asking() {
		assertThat(clozes("Reporters mourned the killing of one journalist, Jane Roe, in the north."))
			.containsExactly("Fill in the missing number: Reporters mourned the killing of _____ journalist(s), "
					+ "Jane Roe, in the north. = 1");
		assertThat(clozes("The inquiry followed the deaths of just one climber and two guides on the ridge."))
			.contains("Fill in the missing number: The inquiry followed the deaths of just _____ climber(s) and two "
					+ "guides on the ridge. = 1");
		assertThat(clozes("Police linked the abduction of one trader in Acme to the gang."))
			.containsExactly("Fill in the missing number: Police linked the abduction of _____ trader(s) in Acme "
					+ "to the gang. = 1");
		assertThat(clozes("Police linked the death of one of the traders to the gang.")).isEmpty();
	}

	@Test
	void one_found_in_or_at_each_of_something_else_is_a_rate_worth_asking() {
		assertThat(clozes("Every member will cast one vote in every ballot on the new flag."))
			.containsExactly("Fill in the missing number: Every member will cast _____ vote(s) in every ballot on "
					+ "the new flag. = 1");
		assertThat(clozes("The party will field one candidate in every district of Acme."))
			.containsExactly("Fill in the missing number: The party will field _____ candidate(s) in every district "
					+ "of Acme. = 1");
		assertThat(clozes("Acme keeps one nurse at each school in the county."))
			.containsExactly("Fill in the missing number: Acme keeps _____ nurse(s) at each school in the county. = 1");
		assertThat(clozes("The guards left and one person stayed in each room of the house, said Jane Roe."))
			.containsExactly("Fill in the missing number: The guards left and _____ person/people stayed in each "
					+ "room of the house, said Jane Roe. = 1");
	}

	@Test
	void ones_that_break_down_the_count_just_told_are_not_asked_but_the_count_is() {
		assertThat(clozes("John Doe leaves his two brothers, one older and one younger, and an aunt."))
			.containsExactly("Fill in the missing number: John Doe leaves his _____ brothers, one older and one "
					+ "younger, and an aunt. = 2");
		assertThat(clozes("The two climbers, one Westrian and one Dutch, were found alive."))
			.noneMatch(q -> q.endsWith("= 1"));
		// the last of a list of parts told each with its verb is still asked
		assertThat(clozes("Of the three boats, two sank, and one drifted ashore.")).anyMatch(q -> q.endsWith("= 1"));
	}

	@Test
	void a_one_joined_to_its_unit_after_the_measures_and_is_no_pronoun() {
		assertThat(clozes("At the one-hour mark, Jane Roe scored from a corner."))
			.contains("Fill in the missing number: At the _____-hour mark, Jane Roe scored from a corner. = 1");
		assertThat(clozes("Dock workers began the one-day strike at dawn on the Westria quays."))
			.anyMatch(q -> q.endsWith("= 1"));
		assertThat(clozes("Of the four cups, the only one Acme kept was the oldest."))
			.noneMatch(q -> q.endsWith("= 1"));
	}

	@Test
	void a_bounded_one_that_closes_a_list_of_counts_is_asked() {
		assertThat(clozes("At least four vans, several bikes, and at least one tram were swept into the canal."))
			.anyMatch(q -> q.endsWith("= 1"));
	}

	@Test
	void a_one_that_opens_its_own_clause_beside_the_next_count_is_asked() {
		assertThat(clozes("There were no deaths: one guard hurt his arm, and two visitors were treated for burns."))
			.anyMatch(q -> q.endsWith("= 1"));
		assertThat(clozes("One day she hopes to own a farm, and two horses of her own."))
			.noneMatch(q -> q.endsWith("= 1"));
	}

}
