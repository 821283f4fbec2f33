package app.quarry.srs;

import java.time.LocalDate;
import java.util.List;

/**
 * A learner's progress.
 *
 * @param reviewsPerDay reviews per study day over the last year, days without reviews
 * left out
 * @param dueForecast cards due on each of the next 30 study days (overdue counted today)
 * @param trueRetention share of passed reviews among mature cards (interval of 21 days or
 * more) over the period; null when there were none
 * @param matureReviews how many reviews that share is over
 * @param streakDays consecutive study days with a review, up to today (or yesterday when
 * today has none yet)
 */
public record SrsStatistics(List<DayCount> reviewsPerDay, List<DayCount> dueForecast, Double trueRetention,
		int matureReviews, int streakDays) {

	/** A number for one study day. */
	public record DayCount(LocalDate day, int count) {
	}

}
