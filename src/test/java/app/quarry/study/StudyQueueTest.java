package app.quarry.study;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StudyQueueTest {

	private final List<StudyCard> cards = List.of(StudyCards.typed("a"), StudyCards.cloze("b"),
			StudyCards.trueFalse("c"), StudyCards.flashcard("d"),
			StudyCards.otherSentence(StudyCards.multipleChoice("e")));

	private static List<String> ids(List<StudyCard> queue) {
		return queue.stream().map(StudyCard::questionId).toList();
	}

	@Test
	void reviews_come_first_then_new_cards_within_the_limit() {
		assertThat(ids(StudyQueue.of(List.of("d", "b"), List.of("a", "c", "e"), 2, this.cards, StudyFilter.ALL)))
			.containsExactly("d", "b", "a", "c");
	}

	@Test
	void a_document_filter_keeps_only_that_documents_cards() {
		assertThat(ids(
				StudyQueue.of(List.of("d", "b"), List.of("a", "c", "e"), 9, this.cards, StudyFilter.document("doc-b"))))
			.containsExactly("b", "c");
	}

	@Test
	void a_type_filter_keeps_only_that_types_cards() {
		assertThat(ids(StudyQueue.of(List.of("d"), List.of("a", "c", "e"), 9, this.cards, StudyFilter.type("date"))))
			.containsExactly("a", "e");
	}

	@Test
	void no_new_cards_once_the_limit_is_used_up_and_unknown_ids_are_skipped() {
		assertThat(ids(StudyQueue.of(List.of("zz", "b"), List.of("a"), 0, this.cards, StudyFilter.ALL)))
			.containsExactly("b");
	}

	@Test
	void of_the_cards_of_one_fact_due_together_only_the_first_is_shown() {
		List<StudyCard> fact = List.of(StudyCards.typed("typed"), StudyCards.multipleChoice("choice"),
				StudyCards.cloze("other-fact"));
		assertThat(ids(StudyQueue.of(List.of("typed"), List.of("choice", "other-fact"), 9, fact, StudyFilter.ALL)))
			.containsExactly("typed", "other-fact");
	}

	@Test
	void a_card_answered_earlier_in_the_day_buries_its_siblings_until_the_next_day() {
		List<StudyCard> fact = List.of(StudyCards.typed("typed"), StudyCards.multipleChoice("choice"),
				StudyCards.cloze("other-fact"));
		assertThat(ids(
				StudyQueue.of(List.of(), List.of("choice", "other-fact"), 9, fact, StudyFilter.ALL, Set.of("typed"))))
			.containsExactly("other-fact");
		// the answered card itself may be due again the same day (a relearning step)
		assertThat(ids(StudyQueue.of(List.of("typed"), List.of("choice"), 9, fact, StudyFilter.ALL, Set.of("typed"))))
			.containsExactly("typed");
	}

	@Test
	void a_buried_new_card_does_not_use_up_the_new_card_limit() {
		List<StudyCard> fact = List.of(StudyCards.typed("typed"), StudyCards.multipleChoice("choice"),
				StudyCards.cloze("other-fact"));
		assertThat(ids(
				StudyQueue.of(List.of(), List.of("choice", "other-fact"), 1, fact, StudyFilter.ALL, Set.of("typed"))))
			.containsExactly("other-fact");
	}

	@Test
	void new_cards_are_offered_one_per_fact_first_so_the_daily_limit_is_not_spent_on_buried_ones() {
		List<StudyCard> fact = List.of(StudyCards.typed("typed"), StudyCards.multipleChoice("choice"),
				StudyCards.cloze("other-fact"), StudyCards.otherSentence(StudyCards.typed("third-fact")));
		assertThat(StudyQueue.offerOrder(fact, Set.of())).containsExactly("typed", "other-fact", "third-fact",
				"choice");
		assertThat(StudyQueue.offerOrder(fact, Set.of("typed"))).containsExactly("typed", "other-fact", "third-fact",
				"choice");
	}

}
