package app.quarry.classroom;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One closed attempt in a list of a student's attempts.
 *
 * @param attemptId the attempt's id
 * @param number 1 for the student's first attempt, 2 for the second, ...
 * @param fraction its marks as a share, 0..1, or null while its student may not see them
 * yet
 * @param closedAt when it was submitted or its time ran out
 */
public record AttemptScore(long attemptId, int number, @Nullable Double fraction, Instant closedAt) {

}
