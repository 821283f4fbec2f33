package app.quarry.study;

import app.quarry.bank.QuestionFormat;

import java.util.List;

/** Small cards of every format for the study specifications. */
final class StudyCards {

	static final String SENTENCE = "The first correspondence between the two leaders took place on April 1, 2018.";

	private StudyCards() {
	}

	static StudyCard multipleChoice(String id) {
		return new StudyCard(id, QuestionFormat.MULTIPLE_CHOICE, "date", "When was the first letter?", "April 1, 2018",
				"2018-04-01", List.of(), List.of("April 1, 2018", "June 12, 2018", "March 1, 2018", "April 1, 2019"),
				"doc-a", "Document A", 10, 88, SENTENCE);
	}

	static StudyCard typed(String id) {
		return new StudyCard(id, QuestionFormat.TYPED, "date", "When was the first letter?", "April 1, 2018",
				"2018-04-01", List.of("1 April 2018"), List.of(), "doc-a", "Document A", 10, 88, SENTENCE);
	}

	static StudyCard cloze(String id) {
		return new StudyCard(id, QuestionFormat.CLOZE, "count", "Trump received his ____ letter.", "fourth", "4",
				List.of(), List.of(), "doc-b", "Document B", 0, 30, "Trump received his fourth letter.");
	}

	static StudyCard trueFalse(String id) {
		return new StudyCard(id, QuestionFormat.TRUE_FALSE, "person", "Kim Yo Jong is Kim Jong Un's sister.", "True",
				"True", List.of(), List.of("True", "False"), "doc-b", "Document B", 31, 60, "His sister Kim Yo Jong.");
	}

	static StudyCard flashcard(String id) {
		return new StudyCard(id, QuestionFormat.FLASHCARD, "quote", "Who said “a positive letter”?", "Donald Trump",
				"Donald Trump", List.of(), List.of(), "doc-a", "Document A", 90, 140, "Trump said it.");
	}

	/** Who someone is, asked in the first story that says it. */
	static StudyCard whoIs(String id) {
		return new StudyCard(id, QuestionFormat.FLASHCARD, "person", "Who is Kim Jong-un?", "North Korean leader",
				"North Korean leader", List.of(), List.of(), "doc-a", "Document A", 200, 260,
				"North Korean leader Kim Jong-un wrote.");
	}

	/** The same role asked again by a later story, in its own sentence. */
	static StudyCard roleCloze(String id) {
		return new StudyCard(id, QuestionFormat.CLOZE, "person", "Fill in the role: _____ Kim Jong-un shakes hands.",
				"North Korean leader", "North Korean leader", List.of(), List.of(), "doc-b", "Document B", 70, 120,
				"North Korean leader Kim Jong-un shakes hands.");
	}

	/** The same card from another sentence of its document: a card of another fact. */
	static StudyCard otherSentence(StudyCard card) {
		return new StudyCard(card.questionId(), card.format(), card.type(), card.prompt(), card.answer(), card.value(),
				card.accepted(), card.options(), card.documentId(), card.documentTitle(), card.sourceStart() + 500,
				card.sourceEnd() + 500, card.sourceSentence());
	}

}
