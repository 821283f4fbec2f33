package app.quarry.classroom;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A closed attempt, answer by answer: the student's review page and the teacher's view of
 * what a student answered.
 *
 * @param attemptId the attempt
 * @param assignmentId its assignment
 * @param title the assignment's title
 * @param student the student's display name
 * @param studentLogin the student's login
 * @param number 1 for the student's first attempt, 2 for the second, ...
 * @param attemptsAllowed how many attempts the assignment allows
 * @param startedAt when it began
 * @param closedAt when it was submitted or its time ran out
 * @param ranOut whether it closed because the time ran out
 * @param answersShown whether the right answers and marks are shown (for a student, as
 * the assignment's "show answers" setting allows; always for the teacher)
 * @param answers the questions in the order the student saw them
 */
public record AttemptReview(long attemptId, AssignmentId assignmentId, String title, String student,
		String studentLogin, int number, int attemptsAllowed, Instant startedAt, Instant closedAt, boolean ranOut,
		boolean answersShown, List<ReviewedAnswer> answers) {

	public AttemptReview {
		answers = List.copyOf(answers);
	}

	/** The marks in force added up, or null while they are not shown. */
	public @Nullable Double score() {
		if (!this.answersShown) {
			return null;
		}
		return this.answers.stream().mapToDouble(a -> (a.mark() != null) ? a.mark() : 0).sum();
	}

}
