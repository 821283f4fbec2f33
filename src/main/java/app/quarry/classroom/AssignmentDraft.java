package app.quarry.classroom;

import app.quarry.classroom.results.GradingPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a teacher fills in to set an assignment. Questions are either hand-picked
 * ({@code questionIds}) or drawn from the approved questions matching the filters; either
 * way each student gets {@code drawCount} of them (0 = all), drawn per student.
 *
 * @param classId the class it is for
 * @param title shown to students
 * @param opensAt first instant it can be taken
 * @param dueAt no answer is accepted from this instant on
 * @param timeLimit per attempt, or null
 * @param attemptsAllowed at least 1
 * @param questionIds hand-picked question ids, or empty to use the filters
 * @param document filter: the source document id, or null for any
 * @param type filter: the question type, or null for any
 * @param format filter: the question format, or null for any
 * @param drawCount questions per student, 0 for all in the pool
 * @param shuffleQuestions each student sees the questions in their own order
 * @param shuffleOptions each student sees choices in their own order
 * @param reveal when answers are shown
 * @param grading how several attempts make one grade
 */
public record AssignmentDraft(long classId, String title, Instant opensAt, Instant dueAt, @Nullable Duration timeLimit,
		int attemptsAllowed, List<String> questionIds, @Nullable String document, @Nullable String type,
		@Nullable String format, int drawCount, boolean shuffleQuestions, boolean shuffleOptions, AnswerReveal reveal,
		GradingPolicy grading) {

	public AssignmentDraft {
		questionIds = List.copyOf(questionIds);
	}

	/** A draft graded by the best attempt. */
	public AssignmentDraft(long classId, String title, Instant opensAt, Instant dueAt, @Nullable Duration timeLimit,
			int attemptsAllowed, List<String> questionIds, @Nullable String document, @Nullable String type,
			@Nullable String format, int drawCount, boolean shuffleQuestions, boolean shuffleOptions,
			AnswerReveal reveal) {
		this(classId, title, opensAt, dueAt, timeLimit, attemptsAllowed, questionIds, document, type, format, drawCount,
				shuffleQuestions, shuffleOptions, reveal, GradingPolicy.HIGHEST);
	}

	/**
	 * Hand-picked questions, all shown, with defaults a teacher would pick for a short
	 * quiz.
	 */
	public static AssignmentDraft handPicked(long classId, String title, Instant opensAt, Instant dueAt,
			List<String> questionIds) {
		return new AssignmentDraft(classId, title, opensAt, dueAt, null, 1, questionIds, null, null, null, 0, false,
				false, AnswerReveal.AFTER_SUBMIT);
	}

}
