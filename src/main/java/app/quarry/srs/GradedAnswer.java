package app.quarry.srs;

import app.quarry.bank.QuestionId;
import app.quarry.srs.fsrs.Rating;

/**
 * One answer to record as a review: the question, its rating and how long it took. The
 * question is kept as the text the review log stores; callers name it by its
 * {@link QuestionId}.
 */
public record GradedAnswer(String questionId, Rating rating, Long durationMs) {

	public GradedAnswer(QuestionId question, Rating rating, Long durationMs) {
		this(question.value(), rating, durationMs);
	}

}
