package app.quarry.base;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again the listeners of events whose publication is still incomplete: the listener
 * failed (the database was away for a moment, say) or its node stopped before it ran. A
 * submitted quiz then still becomes reviews. Only publications older than
 * {@code quarry.events.retry-after} are taken, so a listener still running on another
 * node is left to finish; one node at a time does it.
 */
@Component
class IncompleteEventsRetry {

	private final IncompleteEventPublications incomplete;

	private final Duration after;

	IncompleteEventsRetry(IncompleteEventPublications incomplete,
			@Value("${quarry.events.retry-after:PT10M}") Duration after) {
		this.incomplete = incomplete;
		this.after = after;
	}

	@Scheduled(initialDelayString = "${quarry.events.retry-every:PT5M}",
			fixedDelayString = "${quarry.events.retry-every:PT5M}")
	@SchedulerLock(name = "event-publication-retry", lockAtMostFor = "PT30M")
	void retry() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.after);
	}

}
