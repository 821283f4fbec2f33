package app.quarry.classroom;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One assignment's outcome for one student, for the teacher's per-student page.
 *
 * @param assignmentId the assignment
 * @param title its title
 * @param dueAt its due time
 * @param attempts closed attempts
 * @param grade the grade under the assignment's grading policy, 0..1, or null without a
 * closed attempt
 * @param closedAttempts each closed attempt, first first
 */
public record StudentScore(AssignmentId assignmentId, String title, Instant dueAt, int attempts, @Nullable Double grade,
		List<AttemptScore> closedAttempts) {

	public StudentScore {
		closedAttempts = List.copyOf(closedAttempts);
	}

}
