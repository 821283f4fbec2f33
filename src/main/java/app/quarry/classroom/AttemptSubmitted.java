package app.quarry.classroom;

import app.quarry.bank.QuestionId;
import app.quarry.account.LearnerId;
import app.quarry.bank.grading.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A student's attempt was closed, by the student or because its time ran out, with its
 * graded answers as they stand for good. Published in the transaction that closes the
 * attempt; srs records each answer as a review of the student's card once that committed.
 *
 * @param attemptId the closed attempt
 * @param learnerId the student
 * @param submittedAt when it was closed (its deadline, when the time ran out)
 * @param answers the answered questions, in the attempt's order
 */
public record AttemptSubmitted(long attemptId, LearnerId learnerId, Instant submittedAt, List<Answer> answers) {

	/**
	 * One graded answer.
	 *
	 * @param questionId the bank's question
	 * @param verdict how it was graded
	 * @param answeredAt when it was last saved
	 * @param took the time since the previous answer (or the start), never negative
	 */
	public record Answer(QuestionId questionId, Verdict verdict, Instant answeredAt, Duration took) {
	}

}
