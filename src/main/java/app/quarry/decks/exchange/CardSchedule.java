package app.quarry.decks.exchange;

import java.time.Instant;

/**
 * Where a studied card stands in this app's schedule, for a package that should open in
 * Anki with its cards due when they are due here, not as new cards.
 *
 * @param step learning (first steps), review or relearning (after a lapse)
 * @param due when the card is next due
 * @param intervalDays the scheduled interval of a card in review, else 0
 * @param suspended whether the card is out of every queue
 */
public record CardSchedule(Step step, Instant due, int intervalDays, boolean suspended) {

	/** The stages of a studied card that both schedulers know. */
	public enum Step {

		LEARNING, REVIEW, RELEARNING

	}

}
