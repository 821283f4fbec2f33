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

	/** "Who is Kim Jong-un?", kept from the first story that says who he is. */
	private static final Siblings.Card WHO_IS_KIM = new Siblings.Card("who-is-kim", "person", "flashcard",
			"North Korean leader", "North Korean leader", "Who is Kim Jong-un?", "first-story", 351);

	private static Siblings.Card roleCloze(String id, String prompt, String role) {
		return new Siblings.Card(id, "person", "cloze", role, role, prompt, "later-story", 265);
	}

	@Test
	void a_role_asked_again_by_a_later_story_is_a_sibling_of_the_card_that_asks_who_the_person_is() {
		Siblings.Card before = roleCloze("before",
				"Fill in the role: _____ Kim Jong Un shakes hands with Donald Trump.", "North Korean leader");
		Siblings.Card after = roleCloze("after", "Fill in the role: Kim Jong-un, the _____, wrote back.",
				"North Korean leader");
		assertThat(Siblings.areSiblings(WHO_IS_KIM, before)).isTrue();
		assertThat(Siblings.areSiblings(after, WHO_IS_KIM)).isTrue();
	}

	@Test
	void the_same_role_of_someone_else_is_another_fact() {
		Siblings.Card sister = roleCloze("sister", "Fill in the role: _____ Kim Yo Jong issued a statement.",
				"North Korean leader");
		Siblings.Card otherRole = roleCloze("other-role", "Fill in the role: _____ Kim Jong-un shakes hands.",
				"chairman");
		// the role of the person beside the blank is asked, not of everyone the sentence
		// names
		Siblings.Card elsewhere = roleCloze("elsewhere",
				"Fill in the role: _____ Moon Jae-in met Kim Jong-un at the border.", "North Korean leader");
		assertThat(Siblings.areSiblings(WHO_IS_KIM, sister)).isFalse();
		assertThat(Siblings.areSiblings(WHO_IS_KIM, otherRole)).isFalse();
		assertThat(Siblings.areSiblings(WHO_IS_KIM, elsewhere)).isFalse();
	}

	@Test
	void one_card_of_a_role_asked_in_two_stories_is_kept_and_the_other_buried_once_one_is_answered() {
		Siblings.Card cloze = roleCloze("cloze", "Fill in the role: _____ Kim Jong-un shakes hands.",
				"North Korean leader");
		Siblings.Card other = card("other", "date", "typed", "2018-06-12", "June 12, 2018", "When was the summit?", 50);
		assertThat(Siblings.onePerFact(List.of(WHO_IS_KIM, other, cloze), c -> c)).containsExactly(WHO_IS_KIM, other);
		assertThat(Siblings.withoutSiblingsOf(List.of(cloze), List.of(WHO_IS_KIM, other, cloze), c -> c))
			.containsExactly(other, cloze);
		assertThat(Siblings.keysOf(cloze)).containsAnyElementsOf(Siblings.keysOf(WHO_IS_KIM));
	}

}
