package app.quarry.classroom;

import app.quarry.bank.grading.Verdict;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of an attempt as the student sees it; the verdict and the correct answer
 * are filled only when the assignment's {@link AnswerReveal} allows.
 *
 * @param position 0-based place in the attempt
 * @param questionId the bank question id
 * @param format how it is asked
 * @param prompt the question text
 * @param options choices in this student's order (empty for typed formats)
 * @param response what the student answered, or null
 * @param verdict the grade, or null when not shown (yet)
 * @param correctAnswer the answer, or null when not shown (yet)
 * @param version the version of the question this attempt showed (and grades against)
 * @param currentVersion the question's version now, filled once the attempt is closed
 * (null while it is open)
 */
public record AttemptQuestion(int position, String questionId, String format, String prompt, List<String> options,
		@Nullable String response, @Nullable Verdict verdict, @Nullable String correctAnswer, int version,
		@Nullable Integer currentVersion) {

	public boolean answered() {
		return this.response != null;
	}

	/** True when the question was edited after this attempt showed it. */
	public boolean editedSince() {
		return this.currentVersion != null && this.currentVersion != this.version;
	}

}
