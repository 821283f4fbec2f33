package app.quarry.srs;

import java.time.LocalDate;

/**
 * One review with the learner's study day it fell in.
 *
 * @param rating 1 (again) to 4 (easy)
 * @param priorIntervalDays the card's scheduled interval before this review; 0 while it
 * was new or (re)learning
 */
public record DatedReview(String questionId, LocalDate day, int rating, int priorIntervalDays) {
}
