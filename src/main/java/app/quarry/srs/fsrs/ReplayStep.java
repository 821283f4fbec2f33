package app.quarry.srs.fsrs;

/**
 * One review replayed: the log line and what the scheduler made of it.
 *
 * @param record the review as logged
 * @param outcome the card state after it
 */
public record ReplayStep(ReviewRecord record, ReviewOutcome outcome) {
}
