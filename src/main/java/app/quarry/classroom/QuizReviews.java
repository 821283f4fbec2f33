package app.quarry.classroom;

import app.quarry.bank.grading.Verdict;
import java.time.Duration;
import java.time.Instant;

/**
 * Where graded quiz answers go besides the grade book: each one is a review of that
 * student's card for the question (source QUIZ), so quizzes feed spaced repetition.
 */
public interface QuizReviews {

	void record(long learnerId, String questionId, Verdict verdict, Instant answeredAt, Duration took);

}
