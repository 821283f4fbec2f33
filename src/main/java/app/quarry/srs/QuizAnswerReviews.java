package app.quarry.srs;

import java.time.Clock;

import app.quarry.account.AccountService;
import app.quarry.bank.grading.Verdict;
import app.quarry.classroom.AttemptSubmitted;
import app.quarry.srs.fsrs.Rating;
import app.quarry.srs.internal.CardRepository;
import app.quarry.srs.internal.RecordedAttempts;
import app.quarry.srs.internal.ReviewLogRepository;
import app.quarry.srs.internal.ReviewRows;
import app.quarry.srs.internal.SettingsRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A submitted quiz feeds spaced repetition: each graded answer becomes a review (source
 * QUIZ) of the student's card. It runs once the attempt's closing committed, in a
 * transaction of its own; the event publication registry keeps the event until it has, so
 * a failure here leaves the publication incomplete rather than the answers lost.
 * <p>
 * The registry marks the publication completed after this transaction, so a node stopping
 * in between makes the submission arrive again: the attempt is noted as recorded with its
 * reviews, and an attempt noted already records nothing. It writes the reviews itself
 * rather than through {@link SrsService}, whose method security guards what users call:
 * this runs after the student's request has ended, on behalf of no one.
 * <p>
 * A quiz has no time-based rating like study's (answers are saved in any order, so time
 * per question is unreliable): wrong is Again, "almost" Hard, right Good.
 */
@Component
class QuizAnswerReviews {

	private final ReviewWriter reviews;

	private final RecordedAttempts recorded;

	private final Clock clock;

	QuizAnswerReviews(CardRepository cards, ReviewLogRepository log, ReviewRows rows, SettingsRepository settings,
			ObjectProvider<AccountService> accounts, Clock clock, RecordedAttempts recorded) {
		this.reviews = new ReviewWriter(cards, log, rows, new LearnerSettingsBook(settings, accounts), clock);
		this.recorded = recorded;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AttemptSubmitted attempt) {
		if (attempt.answers().isEmpty()
				|| !this.recorded.note(attempt.attemptId(), attempt.learnerId().value(), this.clock.instant())) {
			return;
		}
		// all in one go: the learner's settings and cards are read once, not per answer
		this.reviews.recordAll(attempt.learnerId().value(), attempt.answers()
			.stream()
			.map(answer -> new GradedAnswer(answer.questionId(), rating(answer.verdict()), answer.took().toMillis()))
			.toList(), ReviewSource.QUIZ);
	}

	static Rating rating(Verdict verdict) {
		return switch (verdict) {
			case CORRECT -> Rating.GOOD;
			case ALMOST -> Rating.HARD;
			case WRONG -> Rating.AGAIN;
		};
	}

}
