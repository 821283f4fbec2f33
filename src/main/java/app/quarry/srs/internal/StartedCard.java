package app.quarry.srs.internal;

import java.time.Instant;

/** A card the learner has begun (not NEW): its question and when it is due. */
public record StartedCard(String questionId, Instant due) {
}
