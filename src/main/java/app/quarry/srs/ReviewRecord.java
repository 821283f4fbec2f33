package app.quarry.srs;

import java.time.Instant;

/** One row of a learner's review log as other features may read it. */
public record ReviewRecord(String questionId, int rating, Instant reviewedAt, Long durationMs, ReviewSource source) {

}
