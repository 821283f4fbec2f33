package app.quarry.classroom;

import java.util.List;
import java.util.Optional;

/**
 * What the classroom needs from the question bank: approved questions only, since only
 * approved questions reach quizzes. Implemented over the bank's service.
 */
public interface QuestionCatalog {

	/** The current approved version of a question, if it is approved. */
	Optional<QuizQuestion> approved(String questionId);

	/**
	 * Approved questions matching the filters (null or blank = any), in id order.
	 */
	List<QuizQuestion> approved(String document, String type, String format);

	/** Canonical names of people the bank mentions, for lenient name matching. */
	List<String> knownPeople();

}
