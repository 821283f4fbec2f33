package app.quarry.srs.fsrs;

import java.time.Duration;

/**
 * The result of one review.
 *
 * @param card the card after the review
 * @param rating the rating given
 * @param elapsedDays whole days since the previous review (0 for the first)
 * @param retrievability the recall probability used for the update; null on the first
 * review
 * @param interval time until the card is due again
 */
public record ReviewOutcome(Card card, Rating rating, long elapsedDays, Double retrievability, Duration interval) {

	/** Whole days until due (0 for learning steps). */
	public long scheduledDays() {
		return this.interval.toDays();
	}

}
