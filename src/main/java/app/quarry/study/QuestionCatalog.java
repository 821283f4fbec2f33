package app.quarry.study;

import java.util.List;

/**
 * The questions a learner can study, as the bank holds them: what study needs of the
 * bank, in study's terms.
 */
public interface QuestionCatalog {

	/** Every approved question, as cards. */
	List<StudyCard> studyCards();

	/** Canonical names of the people the bank mentions (for lenient name matching). */
	List<String> knownPeople();

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
