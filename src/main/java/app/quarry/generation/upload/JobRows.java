package app.quarry.generation.upload;

import java.util.function.Consumer;

import app.quarry.generation.upload.internal.GenerationJobEntity;
import app.quarry.generation.upload.internal.GenerationJobRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a generation job's row, each committed on its own as the job moves on: the
 * page shows the stage while the job runs, and a restart can tell where it stopped. A
 * bean of its own so that the runner's calls go through the transaction.
 */
@Component
class JobRows {

	private final GenerationJobRepository jobs;

	JobRows(GenerationJobRepository jobs) {
		this.jobs = jobs;
	}

	/** The job after the change, or null when there is no such job. */
	@Transactional
	public @Nullable GenerationJobEntity change(long jobId, Consumer<GenerationJobEntity> change) {
		return this.jobs.findById(jobId).map(job -> {
			change.accept(job);
			return this.jobs.save(job);
		}).orElse(null);
	}

}
