package app.quarry.classroom;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs GIFT imports in the background, one at a time, so that a file of thousands of
 * questions neither holds the upload request nor leaves the teacher without news: the
 * page polls the returned job for its progress.
 */
@Service
public class GiftImports {

	private final QuestionReviewService review;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "quarry-gift-import");
		thread.setDaemon(true);
		return thread;
	});

	GiftImports(QuestionReviewService review) {
		this.review = review;
	}

	/**
	 * Starts importing; the teacher's rights are checked at once, the import (one
	 * transaction, all or nothing) runs after.
	 */
	public Job start(Actor teacher, String fileName, String text) {
		ClassroomAccess.requireTeacher(teacher);
		Job job = new Job();
		// the import runs with the rights of the teacher who started it, even once they
		// log out
		SecurityContext rights = SecurityContextHolder.createEmptyContext();
		rights.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
		Executor asTeacher = new DelegatingSecurityContextExecutor(this.executor, rights);
		CompletableFuture
			.supplyAsync(
					() -> this.review.importGift(teacher, fileName, text, (done, total) -> job.reached(done, total)),
					asTeacher)
			.whenComplete((result, error) -> {
				if (error != null) {
					job.outcome.completeExceptionally(error);
				}
				else {
					job.outcome.complete(result);
				}
			});
		return job;
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/** One import under way: how far it has come and, in the end, what it did. */
	public static final class Job {

		private final AtomicInteger done = new AtomicInteger();

		private final AtomicInteger total = new AtomicInteger();

		private final CompletableFuture<GiftImport> outcome = new CompletableFuture<>();

		void reached(int done, int total) {
			this.total.set(total);
			this.done.set(done);
		}

		/** Questions stored so far. */
		public int done() {
			return this.done.get();
		}

		/** Questions to store; 0 while the file is still being read. */
		public int total() {
			return this.total.get();
		}

		/** Completes with what the import did, or with why it failed. */
		public CompletableFuture<GiftImport> outcome() {
			return this.outcome;
		}

	}

}
