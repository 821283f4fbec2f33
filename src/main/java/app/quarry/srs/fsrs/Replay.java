package app.quarry.srs.fsrs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a review log through a scheduler, card by card, in log order: what each card's
 * state was after each review. Used by {@code fsrs replay} and to rebuild stored cards.
 */
public final class Replay {

	private final Scheduler scheduler;

	public Replay(Scheduler scheduler) {
		this.scheduler = scheduler;
	}

	/** Replays {@code records}, handing each step to {@code sink} in input order. */
	public void run(List<ReviewRecord> records, Consumer<ReplayStep> sink) {
		Map<String, Card> cards = new HashMap<>();
		for (ReviewRecord record : records) {
			Card card = cards.get(record.cardId());
			if (card == null) {
				card = Card.fresh(record.cardId().hashCode(), record.time());
			}
			ReviewOutcome outcome = this.scheduler.review(card, record.rating(), record.time());
			cards.put(record.cardId(), outcome.card());
			sink.accept(new ReplayStep(record, outcome));
		}
	}

}
