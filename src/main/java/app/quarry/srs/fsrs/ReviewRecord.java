package app.quarry.srs.fsrs;

import java.time.Instant;

/**
 * One line of a review log.
 *
 * @param cardId the card reviewed, as written in the log
 * @param rating the rating given
 * @param time when, in UTC
 * @param durationMillis time spent answering; null when not recorded
 * @param line the line number in the file (1 is the header), for error messages
 */
public record ReviewRecord(String cardId, Rating rating, Instant time, Long durationMillis, int line) {
}
