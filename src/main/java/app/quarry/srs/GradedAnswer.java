package app.quarry.srs;

import app.quarry.srs.fsrs.Rating;

/** One answer to record as a review: the question, its rating and how long it took. */
public record GradedAnswer(String questionId, Rating rating, Long durationMs) {

}
