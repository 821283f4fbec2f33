package app.quarry.srs.internal;

import java.time.Instant;

import app.quarry.srs.fsrs.CardState;

/**
 * A card of the learner's, as choosing what is due needs it: when it is due, whether it
 * was begun (not NEW) and whether it is suspended.
 */
public record LearnerCard(String questionId, Instant due, CardState state, boolean suspended) {

	public boolean begun() {
		return this.state != CardState.NEW;
	}

}
