package app.quarry.srs;

import app.quarry.srs.fsrs.CardState;

/**
 * One card of a learner as it stands, for statistics.
 *
 * @param stabilityDays the days until recall drops to 90 %; 0 before the first review
 * @param intervalDays the scheduled interval of a card in review, else 0
 */
public record CardSummary(String questionId, CardState state, double stabilityDays, int intervalDays,
		java.time.Instant due, boolean suspended, boolean flagged) {
}
