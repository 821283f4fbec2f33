package app.quarry.classroom;

import app.quarry.bank.grading.Verdict;
import app.quarry.srs.ReviewSource;
import app.quarry.srs.SrsService;
import app.quarry.srs.fsrs.Rating;
import java.time.Duration;
import java.time.Instant;
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
	public void record(long learnerId, String questionId, Verdict verdict, Instant answeredAt, Duration took) {
		Rating rating = switch (verdict) {
			case CORRECT -> Rating.GOOD;
			case ALMOST -> Rating.HARD;
			case WRONG -> Rating.AGAIN;
		};
		this.srs.record(learnerId, questionId, rating, took.toMillis(), ReviewSource.QUIZ);
	}

}
