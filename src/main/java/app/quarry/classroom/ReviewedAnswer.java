package app.quarry.classroom;

import app.quarry.bank.grading.Verdict;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of a closed attempt with what was answered, for the review pages.
 *
 * @param position 0-based place in the attempt
 * @param questionId the bank question id
 * @param version the version of the question the attempt showed
 * @param format how it was asked
 * @param prompt the question text as shown
 * @param options choices in the order this student saw them (empty for typed formats)
 * @param response what the student answered, or null
 * @param verdict how the answer was graded, or null when not shown (yet) or unanswered
 * @param correctAnswer the right answer, or null when not shown (yet)
 * @param mark the mark in force, 0..1, or null when not shown (yet)
 * @param overrides the teacher's changes to the mark, oldest first (empty when not shown)
 */
public record ReviewedAnswer(int position, String questionId, int version, String format, String prompt,
		List<String> options, @Nullable String response, @Nullable Verdict verdict, @Nullable String correctAnswer,
		@Nullable Double mark, List<MarkOverride> overrides) {

	public ReviewedAnswer {
		options = List.copyOf(options);
		overrides = List.copyOf(overrides);
	}

}
