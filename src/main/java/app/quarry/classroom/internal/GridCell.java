package app.quarry.classroom.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One cell of an assignment's results grid as stored: an attempt (whose student, which
 * one, when it started and was submitted) and the score of one of its questions. An
 * attempt without items has a single cell with no question.
 */
public record GridCell(long attemptId, long studentId, int attemptNumber, Instant startedAt,
		@Nullable Instant submittedAt, @Nullable String questionId, @Nullable Integer questionVersion,
		@Nullable Double score) {

}
