package app.quarry.base;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes event publications completed more than {@code quarry.events.keep-completed}
 * ago. A completed publication is only a record that a listener ran; kept for a week it
 * explains what happened to a recent submission, kept for ever it would grow with every
 * quiz taken. One node at a time does it.
 */
@Component
class CompletedEventsPruning {

	private final CompletedEventPublications completed;

	private final Duration keep;

	CompletedEventsPruning(CompletedEventPublications completed,
			@Value("${quarry.events.keep-completed:P7D}") Duration keep) {
		this.completed = completed;
		this.keep = keep;
	}

	@Scheduled(cron = "${quarry.events.prune-cron:0 15 4 * * *}")
	@SchedulerLock(name = "event-publication-pruning", lockAtMostFor = "PT30M")
	void prune() {
		this.completed.deletePublicationsOlderThan(this.keep);
	}

}
