package app.quarry.study;

import java.util.List;

import app.quarry.bank.grading.AnswerMatcher;

/**
 * The questions a learner can study, as the bank holds them: what study needs of the
 * bank, in study's terms.
 */
public interface QuestionCatalog {

	/** Every approved question, as cards. */
	List<StudyCard> studyCards();

	/**
	 * The {@link #studyCards()} with the first card of each fact marked; a catalog that
	 * keeps its cards keeps this beside them.
	 */
	default FactOrder factOrder() {
		return FactOrder.of(studyCards());
	}

	/**
	 * The learner's own approved cards (their private decks), which no one else's catalog
	 * holds.
	 */
	default List<StudyCard> ownCards(long learnerId) {
		return List.of();
	}

	/** The learner's own decks, for the study filter. */
	default List<DocumentChoice> ownDocuments(long learnerId) {
		return List.of();
	}

	/**
	 * The matcher that grades typed names leniently against the people the bank knows; a
	 * catalog that knows none matches names as written (with the usual leniency for case,
	 * accents and close misspellings).
	 */
	default AnswerMatcher nameMatcher() {
		return new AnswerMatcher(List.of());
	}

	/** The documents questions come from, for the study filter. */
	List<DocumentChoice> documents();

	/**
	 * The address (relative URL) that opens a document with the sentence at {@code start}
	 * highlighted.
	 */
	String sentenceLink(String documentId, int start, int end);

	/** A document as the study filter lists it. */
	record DocumentChoice(String id, String title) {
	}

}
