package app.quarry.classroom;

import app.quarry.bank.QuestionId;
import app.quarry.account.LearnerId;
import app.quarry.bank.grading.Verdict;
import java.time.Instant;

/**
 * A student's answer to a quiz question was saved and graded. It may still be replaced
 * while the attempt is open, so features that keep answers for good (srs's reviews) wait
 * for {@link AttemptSubmitted}, which carries the final ones.
 * <p>
 * Nothing listens to it yet, on purpose: no feature keeps anything made from a single
 * saved answer (the learner's statistics are read from the review log when shown, not
 * cached, and a quiz answer reaches that log only on submission), and each listener would
 * cost a row in the event registry for every answer saved. It is published for a feature
 * that must follow answers as they are saved, such as a teacher's live view of a running
 * quiz.
 *
 * @param attemptId the attempt answered in
 * @param learnerId the student
 * @param questionId the bank's question
 * @param verdict how the answer was graded
 * @param answeredAt when it was saved
 */
public record AnswerGraded(long attemptId, LearnerId learnerId, QuestionId questionId, Verdict verdict,
		Instant answeredAt) {

}
