package app.quarry.classroom;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One assignment's outcome for one student, for the teacher's per-student page. */
public record StudentScore(long assignmentId, String title, Instant dueAt, int attempts,
		@Nullable Double bestFraction) {

}
