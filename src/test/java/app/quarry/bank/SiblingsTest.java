package app.quarry.bank;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiblingsTest {

	private static Siblings.Card card(String id, String type, String format, String value, String answer, String prompt,
			int sentence) {
		return new Siblings.Card(id, type, format, value, answer, prompt, "doc", sentence);
	}

	private static final Siblings.Card TYPED = card("typed", "date", "typed", "2018-04-01", "April 1, 2018",
			"When did the first correspondence take place?", 10);

	private static final Siblings.Card CHOICE = card("choice", "date", "multiple_choice", "2018-04-01", "April 1, 2018",
			"When did the first correspondence take place?", 10);

	private static final Siblings.Card STATEMENT = card("statement", "date", "true_false", "false", "False",
			"Is this statement accurate? The first correspondence took place on June 12, 2018.", 10);

	@Test
	void the_same_value_from_the_same_sentence_in_another_format_is_a_sibling() {
		assertThat(Siblings.areSiblings(TYPED, CHOICE)).isTrue();
		assertThat(Siblings.areSiblings(TYPED, TYPED)).isFalse();
	}

	@Test
	void a_true_or_false_statement_of_the_sentence_is_a_sibling_whatever_it_claims() {
		assertThat(Siblings.areSiblings(STATEMENT, TYPED)).isTrue();
	}

	@Test
	void a_prompt_that_names_another_cards_answer_makes_them_siblings() {
		Siblings.Card who = card("who", "person", "typed", "Cheong Seong-chang", "Cheong Seong-chang",
				"Who is the senior researcher at the Sejong Institute?", 40);
		Siblings.Card role = card("role", "person", "flashcard", "senior researcher at the Sejong Institute",
				"senior researcher at the Sejong Institute", "Who is Cheong Seong-chang?", 40);
		assertThat(Siblings.areSiblings(who, role)).isTrue();
	}

	@Test
	void another_sentence_or_another_type_of_fact_is_not_a_sibling() {
		Siblings.Card elsewhere = card("elsewhere", "date", "typed", "2018-04-01", "April 1, 2018",
				"When did the first correspondence take place?", 99);
		Siblings.Card count = card("count", "count", "cloze", "1", "first",
				"The _____ correspondence took place on April 1, 2018.", 10);
		assertThat(Siblings.areSiblings(TYPED, elsewhere)).isFalse();
		assertThat(Siblings.areSiblings(TYPED, count)).isFalse();
	}

	@Test
	void one_per_fact_keeps_the_first_card_of_each_fact_in_order() {
		Siblings.Card other = card("other", "date", "typed", "2018-06-12", "June 12, 2018", "When was the summit?", 50);
		assertThat(Siblings.onePerFact(List.of(CHOICE, other, TYPED, STATEMENT), c -> c)).containsExactly(CHOICE,
				other);
		assertThat(Siblings.groupsOfSiblings(List.of(CHOICE, other, TYPED), c -> c))
			.containsExactly(List.of(CHOICE, TYPED));
	}

	@Test
	void the_siblings_of_answered_cards_are_left_out_but_not_the_answered_cards() {
		assertThat(Siblings.withoutSiblingsOf(List.of(TYPED), List.of(TYPED, CHOICE, STATEMENT), c -> c))
			.containsExactly(TYPED);
	}

}
