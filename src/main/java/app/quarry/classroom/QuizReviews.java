package app.quarry.classroom;

import app.quarry.bank.grading.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where graded quiz answers go besides the grade book: each one is a review of that
 * student's card for the question (source QUIZ), so quizzes feed spaced repetition.
 */
public interface QuizReviews {

	/** A graded answer of a submitted attempt. */
	record QuizAnswer(String questionId, Verdict verdict, Instant answeredAt, Duration took) {
	}

	/**
	 * Records a submitted attempt's graded answers, together (in the caller's
	 * transaction).
	 */
	void record(long learnerId, List<QuizAnswer> answers);

}
