package app.quarry.decks.exchange;

import java.time.Instant;

/**
 * One review of a card in another app: when, the rating (1 Again, 2 Hard, 3 Good, 4 Easy)
 * and how long the answer took.
 */
public record PastReview(Instant at, int rating, long durationMs) {

	public PastReview {
		if (rating < 1 || rating > 4) {
			throw new IllegalArgumentException("a rating is 1 to 4, was " + rating);
		}
	}

}
