package app.quarry.srs.fsrs;

import java.time.Instant;

/**
 * What the scheduler knows about one card.
 *
 * @param seed a number fixed for the card (its id), so fuzz is repeatable per card and
 * review
 * @param state new, learning, review or relearning
 * @param step index into the (re)learning steps while in one of those states
 * @param memory stability and difficulty; null before the first review
 * @param due when the card is next due
 * @param lastReview the previous review, null for a new card
 * @param reps number of reviews so far
 * @param lapses number of times a review-state card was forgotten
 */
public record Card(long seed, CardState state, int step, MemoryState memory, Instant due, Instant lastReview, int reps,
		int lapses) {

	/** A card never reviewed, due at {@code now}. */
	public static Card fresh(long seed, Instant now) {
		return new Card(seed, CardState.NEW, 0, null, now, null, 0, 0);
	}

}
