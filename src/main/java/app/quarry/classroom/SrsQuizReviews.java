package app.quarry.classroom;

import app.quarry.bank.grading.Verdict;
import app.quarry.srs.GradedAnswer;
import app.quarry.srs.ReviewSource;
import app.quarry.srs.SrsService;
import app.quarry.srs.fsrs.Rating;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Records each graded quiz answer as a review (source QUIZ) of the student's card. A quiz
 * has no time-based rating like study's (answers are saved in any order, so time per
 * question is unreliable): wrong is Again, "almost" Hard, right Good.
 */
@Component
class SrsQuizReviews implements QuizReviews {

	private final SrsService srs;

	SrsQuizReviews(SrsService srs) {
		this.srs = srs;
	}

	@Override
	public void record(long learnerId, List<QuizAnswer> answers) {
		this.srs.recordAll(learnerId, answers.stream()
			.map(answer -> new GradedAnswer(answer.questionId(), rating(answer.verdict()), answer.took().toMillis()))
			.toList(), ReviewSource.QUIZ);
	}

	private static Rating rating(Verdict verdict) {
		return switch (verdict) {
			case CORRECT -> Rating.GOOD;
			case ALMOST -> Rating.HARD;
			case WRONG -> Rating.AGAIN;
		};
	}

}
