package app.quarry.classroom.internal;

import org.jspecify.annotations.Nullable;

/**
 * What results need of an attempt item: its question, the version shown and the score,
 * without the copied question text that a whole item carries.
 */
public record ItemScore(long attemptId, String questionId, int questionVersion, @Nullable Double score) {

}
