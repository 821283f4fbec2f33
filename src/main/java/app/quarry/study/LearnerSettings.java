package app.quarry.study;

import java.time.ZoneId;
import java.util.OptionalDouble;

/**
 * What the settings page needs of spaced repetition: a learner's study settings and the
 * optimizer.
 */
public interface LearnerSettings {

	Settings settings(long learnerId);

	/**
	 * Saves settings; throws {@link IllegalArgumentException} with a readable message
	 * when out of range.
	 */
	void save(long learnerId, Settings settings);

	/** How many of the learner's cards are suspended. */
	int suspendedCards(long learnerId);

	/** Brings every suspended card back into the queues; returns how many. */
	int unsuspendAll(long learnerId);

	/**
	 * Re-fits the learner's scheduler parameters to their own reviews and reports the
	 * effect.
	 */
	Optimization optimize(long learnerId);

	/**
	 * @param desiredRetention 0.70 to 0.97
	 * @param dailyNewLimit new cards a day, 0 to 999
	 * @param rolloverHour the hour (0–23) at which a new study day starts
	 * @param dailyReviewLimit due reviews a day, 0 to 9999; the rest wait for the next
	 * day
	 */
	record Settings(double desiredRetention, int dailyNewLimit, ZoneId timeZone, int rolloverHour,
			int dailyReviewLimit) {

		/** Settings with the default daily review limit (200). */
		public Settings(double desiredRetention, int dailyNewLimit, ZoneId timeZone, int rolloverHour) {
			this(desiredRetention, dailyNewLimit, timeZone, rolloverHour, 200);
		}

	}

	/**
	 * The optimizer's before/after figures on the learner's held-out recent reviews.
	 *
	 * @param adopted whether the new parameters replaced the old ones
	 * @param message what happened, in plain words (e.g. too few reviews)
	 */
	record Optimization(int reviews, OptionalDouble logLossBefore, OptionalDouble logLossAfter,
			OptionalDouble rmseBefore, OptionalDouble rmseAfter, boolean adopted, String message) {
	}

}
