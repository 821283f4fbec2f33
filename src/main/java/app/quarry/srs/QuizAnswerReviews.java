package app.quarry.srs;

import app.quarry.account.SystemWork;
import app.quarry.bank.grading.Verdict;
import app.quarry.classroom.AttemptSubmitted;
import app.quarry.srs.fsrs.Rating;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A submitted quiz feeds spaced repetition: each graded answer becomes a review (source
 * QUIZ) of the student's card. It runs once the attempt's closing committed, in a
 * transaction of its own; the event publication registry keeps the event until it has, so
 * a failure here leaves the publication incomplete rather than the answers lost.
 * <p>
 * A quiz has no time-based rating like study's (answers are saved in any order, so time
 * per question is unreliable): wrong is Again, "almost" Hard, right Good.
 */
@Component
class QuizAnswerReviews {

	private final SrsService srs;

	QuizAnswerReviews(SrsService srs) {
		this.srs = srs;
	}

	@ApplicationModuleListener
	void on(AttemptSubmitted attempt) {
		// all in one go: the learner's settings and cards are read once, not per answer;
		// as
		// the app itself, since the listener runs after the student's request has ended
		SystemWork.run(() -> this.srs.recordAll(attempt.learnerId(), attempt.answers()
			.stream()
			.map(answer -> new GradedAnswer(answer.questionId(), rating(answer.verdict()), answer.took().toMillis()))
			.toList(), ReviewSource.QUIZ));
	}

	static Rating rating(Verdict verdict) {
		return switch (verdict) {
			case CORRECT -> Rating.GOOD;
			case ALMOST -> Rating.HARD;
			case WRONG -> Rating.AGAIN;
		};
	}

}
