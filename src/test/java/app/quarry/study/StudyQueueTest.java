package app.quarry.study;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StudyQueueTest {

	private final List<StudyCard> cards = List.of(StudyCards.typed("a"), StudyCards.cloze("b"),
			StudyCards.trueFalse("c"), StudyCards.flashcard("d"), StudyCards.multipleChoice("e"));

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

}
