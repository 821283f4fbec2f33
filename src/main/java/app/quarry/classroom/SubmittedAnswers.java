package app.quarry.classroom;

import app.quarry.bank.QuestionId;
import app.quarry.bank.grading.Verdict;
import app.quarry.classroom.internal.AttemptItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The graded answers of an attempt being closed, as {@link AttemptSubmitted} carries
 * them.
 */
final class SubmittedAnswers {

	private SubmittedAnswers() {
	}

	/**
	 * The answered items in the attempt's order, each with the time since the previous
	 * answer (or the start): answers saved out of order count as taking no time.
	 */
	static List<AttemptSubmitted.Answer> of(Instant startedAt, List<AttemptItem> items) {
		Instant previous = startedAt;
		List<AttemptSubmitted.Answer> answers = new ArrayList<>();
		for (AttemptItem item : items) {
			Instant answeredAt = item.getAnsweredAt();
			if (answeredAt != null && item.getVerdict() != null) {
				Duration took = Duration.between(previous, answeredAt);
				answers.add(new AttemptSubmitted.Answer(QuestionId.of(item.getQuestionId()),
						Verdict.valueOf(item.getVerdict()), answeredAt, took.isNegative() ? Duration.ZERO : took));
				previous = answeredAt.isAfter(previous) ? answeredAt : previous;
			}
		}
		return answers;
	}

}
