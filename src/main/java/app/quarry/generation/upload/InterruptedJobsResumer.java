package app.quarry.generation.upload;

import app.quarry.generation.upload.internal.GenerationJobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the app is up (the bundled corpus and bank loaded), runs again every generation
 * job a stopped server left unfinished: its document is stored, so it only needs its
 * questions. A job interrupted {@value #MAX_RUNS} times is given up with a message
 * instead, so a document that brings the server down cannot do so at every start.
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
		for (GenerationJobEntity job : this.runner.unfinished()) {
			if (job.getRuns() >= MAX_RUNS) {
				this.runner.fail(job.getId(), "Generation was interrupted " + job.getRuns()
						+ " times and was not tried again. The document is stored.");
				log.warn("generation job {} for document {} given up after {} runs", job.getId(), job.getDocumentId(),
						job.getRuns());
			}
			else {
				log.info("resuming generation job {} for document {} (stage {})", job.getId(), job.getDocumentId(),
						job.getStage());
				this.runner.submit(job.getId());
			}
		}
	}

}
