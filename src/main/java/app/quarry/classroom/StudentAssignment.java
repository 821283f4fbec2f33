package app.quarry.classroom;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An assignment from one student's side.
 *
 * @param assignment the assignment
 * @param status upcoming, due, overdue or done
 * @param attemptsUsed closed attempts so far
 * @param grade the closed attempts' grade under the assignment's grading policy as a
 * share, or null when there is none or answers are not released yet
 * @param openAttemptId an attempt in progress, or null
 * @param closedAttempts the closed attempts, first first, each with its review page
 */
public record StudentAssignment(AssignmentSummary assignment, AssignmentStatus status, int attemptsUsed,
		@Nullable Double grade, @Nullable Long openAttemptId, List<AttemptScore> closedAttempts) {

	public StudentAssignment {
		closedAttempts = List.copyOf(closedAttempts);
	}

	/** Whether the student can start or resume an attempt now. */
	public boolean canTake() {
		return this.status == AssignmentStatus.DUE
				&& (this.openAttemptId != null || this.attemptsUsed < this.assignment.attemptsAllowed());
	}

	/** What taking it now means: "Resume", "Start" or "Start attempt 2". */
	public String takeLabel() {
		if (this.openAttemptId != null) {
			return "Resume";
		}
		return (this.attemptsUsed == 0) ? "Start" : "Start attempt " + (this.attemptsUsed + 1);
	}

}
