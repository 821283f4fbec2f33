package app.quarry.classroom;

import app.quarry.bank.QuestionFilter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the classroom needs from the question bank: approved questions only, since only
 * approved questions reach quizzes. Implemented over the bank's service.
 */
public interface QuestionCatalog {

	/** The current approved version of a question, if it is approved. */
	Optional<QuizQuestion> approved(String questionId);

	/** Those of these questions that are approved, by id, read at once. */
	Map<String, QuizQuestion> approved(Collection<String> questionIds);

	/**
	 * Approved questions matching the filters (null or blank = any), in id order.
	 */
	List<QuizQuestion> approved(String document, String type, String format);

	/**
	 * One page of the approved questions matching the filter (its text looked for in the
	 * question and its answer), in id order.
	 */
	List<QuizQuestion> approved(QuestionFilter filter, int page, int pageSize);

	/** How many approved questions match the filter. */
	long countApproved(QuestionFilter filter);

	/** The documents approved questions come from, by id. */
	List<String> approvedDocuments();

	/**
	 * The current version number of each of these questions, whatever its status; unknown
	 * ids are left out.
	 */
	Map<String, Integer> currentVersions(Collection<String> questionIds);

}
