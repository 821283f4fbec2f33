package app.quarry.generation;

import static app.quarry.generation.CountQuestionsTest.clozes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A count named again as a known group ("the 12 sailors" after "12 sailors were rescued")
 * is not asked a second time; the news around it still is.
 */
class CountsToldBeforeTest {

	@Test
	void the_same_number_of_the_same_things_told_again_is_not_asked() {
		assertThat(clozes("Coast guards rescued 12 sailors on Monday. The 12 sailors were taken to a clinic."))
			.containsExactly("Fill in the missing number: Coast guards rescued _____ sailors on Monday. = 12");
	}

	@Test
	void a_group_named_before_as_the_n_is_known_whatever_its_noun() {
		assertThat(clozes("The four mayors signed the pact. Voters in the four towns approved a 30-year plan."))
			.containsExactlyInAnyOrder("Fill in the missing number: The _____ mayors signed the pact. = 4",
					"Fill in the missing number: Voters in the four towns approved a _____-year plan. = 30");
	}

	@Test
	void a_known_group_of_three_or_more_told_again_under_another_noun_is_not_asked() {
		assertThat(clozes("Police solved eight break-ins last year. Of the eight houses, three were in the north."))
			.contains("Fill in the missing number: Police solved _____ break-ins last year. = 8")
			.noneMatch(q -> q.endsWith("= 8") && q.contains("houses"));
		assertThat(clozes("The league admits five new clubs. Delegates of these five teams met in May."))
			.noneMatch(q -> q.contains("teams") && q.endsWith("= 5"));
	}

	@Test
	void a_group_told_far_back_under_another_noun_is_news_again() {
		assertThat(clozes("The school sent a dozen pupils to the fair. It rained all week. The roads were closed. "
				+ "The mayor greeted the 12 children at the gate."))
			.contains("Fill in the missing number: The mayor greeted the _____ children at the gate. = 12");
	}

	@Test
	void a_first_definite_mention_and_a_new_group_of_the_same_size_are_still_asked() {
		assertThat(clozes("The two banks merged in May."))
			.containsExactly("Fill in the missing number: The _____ banks merged in May. = 2");
		assertThat(clozes("Two hikers went missing on Friday. The two rangers who found them were praised."))
			.containsExactlyInAnyOrder("Fill in the missing number: _____ hikers went missing on Friday. = 2",
					"Fill in the missing number: The _____ rangers who found them were praised. = 2");
	}

	@Test
	void a_group_cut_off_by_a_ranking_is_asked_in_each_sentence_that_sizes_it() {
		assertThat(clozes("Each of the 20 largest lenders must report its losses. Regulators fear the 20 biggest "
				+ "lenders hid bad loans."))
			.contains("Fill in the missing number: Each of the _____ largest lenders must report its losses. = 20",
					"Fill in the missing number: Regulators fear the _____ biggest lenders hid bad loans. = 20");
	}

	@Test
	void counts_listed_in_an_apposition_are_each_asked() {
		assertThat(clozes("Police held 12 men on Monday. The 12 men, five Peruvians, five Maltese and two Swiss, "
				+ "were questioned."))
			.contains("Fill in the missing number (the same in each blank): The 12 men, _____ Peruvians, _____ "
					+ "Maltese and two Swiss, were questioned. = 5")
			.noneMatch(q -> q.endsWith("= 12") && q.contains("questioned"));
	}

	@Test
	void a_group_told_again_with_the_same_words_is_known_whichever_word_was_read_as_its_noun() {
		assertThat(clozes("Three major bond market funds closed lower on Monday. Traders sold banks. Gold rose. "
				+ "The three bond market funds have lost money for six days."))
			.noneMatch(q -> q.endsWith("= 3") && q.contains("lost money"));
	}

}
