package app.quarry.classroom;

import org.jspecify.annotations.Nullable;

/**
 * An assignment from one student's side.
 *
 * @param assignment the assignment
 * @param status upcoming, due, overdue or done
 * @param attemptsUsed closed attempts so far
 * @param bestFraction best closed attempt's score as a share, or null
 * @param openAttemptId an attempt in progress, or null
 */
public record StudentAssignment(AssignmentSummary assignment, AssignmentStatus status, int attemptsUsed,
		@Nullable Double bestFraction, @Nullable Long openAttemptId) {

	/** Whether the student can start or resume an attempt now. */
	public boolean canTake() {
		return this.status == AssignmentStatus.DUE
				&& (this.openAttemptId != null || this.attemptsUsed < this.assignment.attemptsAllowed());
	}

}
