package app.quarry.study;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/** What the dashboard needs of spaced repetition's statistics for one learner. */
public interface LearnerProgress {

	Figures figures(long learnerId, Instant now);

	/** Questions whose card is mature (stability of 21 days or more). */
	Set<String> matureQuestionIds(long learnerId);

	/** Questions the learner has reviewed at least once. */
	Set<String> studiedQuestionIds(long learnerId);

	/** The learner's cards as they stand (studied, suspended or flagged). */
	List<app.quarry.srs.CardSummary> cards(long learnerId);

	/** The learner's reviews of the last {@code days} study days, today included. */
	List<app.quarry.srs.DatedReview> reviews(long learnerId, int days);

	/**
	 * @param today the learner's current study day (their time zone and rollover hour)
	 * @param dueToday reviews due by the end of today
	 * @param streakDays consecutive study days with at least one review, up to today
	 * @param trueRetention passed share of reviews of mature cards over the last 30 days;
	 * empty without such reviews
	 * @param reviewsPerDay reviews per study day over the last year (days without reviews
	 * may be left out)
	 * @param forecast reviews falling due on each of the next 30 days, today first
	 */
	record Figures(LocalDate today, int dueToday, int streakDays, OptionalDouble trueRetention,
			List<DayTotal> reviewsPerDay, List<DayTotal> forecast) {

		public Figures {
			reviewsPerDay = List.copyOf(reviewsPerDay);
			forecast = List.copyOf(forecast);
		}

	}

	/** A number for one study day. */
	record DayTotal(LocalDate day, int count) {
	}

}
