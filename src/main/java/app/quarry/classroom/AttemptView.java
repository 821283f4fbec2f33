package app.quarry.classroom;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An attempt as its student sees it.
 *
 * @param attemptId the attempt id
 * @param assignmentId its assignment
 * @param title the assignment's title
 * @param startedAt when the attempt began
 * @param deadline when it stops accepting answers (time limit or due time)
 * @param closedAt when it was submitted or ran out, null while open
 * @param questions the questions in this student's order
 * @param score the total so far (shown only when answers are revealed), or null
 * @param finalOnceSaved whether each answer is final once saved: its right answer is then
 * shown at once
 */
public record AttemptView(long attemptId, AssignmentId assignmentId, String title, Instant startedAt, Instant deadline,
		@Nullable Instant closedAt, List<AttemptQuestion> questions, @Nullable Double score, boolean finalOnceSaved) {

	public boolean open() {
		return this.closedAt == null;
	}

	public long answeredCount() {
		return this.questions.stream().filter(AttemptQuestion::answered).count();
	}

}
