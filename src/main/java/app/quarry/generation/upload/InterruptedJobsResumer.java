package app.quarry.generation.upload;

import app.quarry.generation.upload.internal.GenerationJobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once the app is up (the bundled corpus and bank loaded), runs again every generation
 * job a stopped server left unfinished: its document is stored, so it only needs its
 * questions. A job interrupted {@value #MAX_RUNS} times is given up with a message
 * instead, so a document that brings the server down cannot do so at every start.
 * <p>
 * It looks again every {@code quarry.generation.resume-every}: when several nodes share
 * the database, a job whose node stopped is taken over by another one once that node's
 * lock ran out, without waiting for a restart. A job a live node is running is left to it
 * (the runner skips a job whose lock another node holds).
 */
@Component
class InterruptedJobsResumer {

	static final int MAX_RUNS = 3;

	private static final Logger log = LoggerFactory.getLogger(InterruptedJobsResumer.class);

	private final GenerationJobRunner runner;

	InterruptedJobsResumer(GenerationJobRunner runner) {
		this.runner = runner;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		resumeUnfinished();
	}

	@Scheduled(initialDelayString = "${quarry.generation.resume-every:PT1M}",
			fixedDelayString = "${quarry.generation.resume-every:PT1M}")
	void resumeUnfinished() {
		for (GenerationJobEntity job : this.runner.unfinished()) {
			if (job.getRuns() >= MAX_RUNS) {
				if (!this.runner.giveUp(job.getId(), "Generation was interrupted " + job.getRuns()
						+ " times and was not tried again. The document is stored.")) {
					continue;
				}
				log.warn("generation job {} for document {} given up after {} runs", job.getId(), job.getDocumentId(),
						job.getRuns());
			}
			else {
				log.debug("resuming generation job {} for document {} (stage {}) unless a node runs it", job.getId(),
						job.getDocumentId(), job.getStage());
				this.runner.submit(job.getId());
			}
		}
	}

}
