package app.quarry.srs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.quarry.account.SystemWork;
import app.quarry.srs.fsrs.Optimizer;
import app.quarry.srs.fsrs.Parameters;
import app.quarry.srs.fsrs.Rating;
import app.quarry.srs.fsrs.ReviewHistories;
import app.quarry.srs.fsrs.ReviewRecord;
import app.quarry.srs.internal.ReviewLogEntry;

/**
 * Fits FSRS parameters to one learner's own review log once it has at least
 * {@value #MINIMUM_REVIEWS} reviews. The most recent {@value #HELD_OUT_PERCENT}% of the
 * predictable reviews are held out: the new parameters are fitted on the rest and replace
 * the ones in use only if they predict the held-out reviews with a lower log loss. Runs
 * on demand, in the background, and nightly for learners with {@value #REFIT_AFTER} new
 * reviews.
 */
@Component
public class PersonalOptimizer {

	/** Reviews a learner needs before personal parameters are fitted. */
	public static final int MINIMUM_REVIEWS = 400;

	/**
	 * Share of the most recent predictable reviews held out to judge a fit, in percent.
	 */
	public static final int HELD_OUT_PERCENT = 20;

	/** New reviews since the last fit that make the nightly job fit again. */
	public static final int REFIT_AFTER = 200;

	private static final Logger logger = LoggerFactory.getLogger(PersonalOptimizer.class);

	private final PersonalFits fits;

	PersonalOptimizer(PersonalFits fits) {
		this.fits = fits;
	}

	/** Fits now and stores the parameters when they are better; says what happened. */
	public RefitResult refit(long learnerId) {
		List<ReviewLogEntry> entries = this.fits.reviews(learnerId);
		int reviews = entries.size();
		if (reviews < MINIMUM_REVIEWS) {
			return new RefitResult(false, reviews, null, null,
					"needs at least " + MINIMUM_REVIEWS + " reviews, has " + reviews);
		}
		List<ReviewRecord> records = new ArrayList<>(reviews);
		for (int i = 0; i < reviews; i++) {
			ReviewLogEntry entry = entries.get(i);
			records.add(new ReviewRecord(entry.getQuestionId(), Rating.of(entry.getRating()), entry.getReviewedAt(),
					entry.getDurationMs(), i + 2));
		}
		ReviewHistories histories = ReviewHistories.of(records);
		int items = histories.itemCount();
		int cut = items - items * HELD_OUT_PERCENT / 100;
		if (items - cut < 20) {
			return new RefitResult(false, reviews, null, null,
					"too few reviews a day or more apart to judge a fit (" + items + ")");
		}
		Parameters fitted = Optimizer.fit(histories.itemRange(0, cut));
		ReviewHistories heldOut = histories.itemRange(cut, items);
		return this.fits.store(learnerId, fitted, heldOut, reviews);
	}

	/** {@link #refit} on a background thread. */
	@Async
	public CompletableFuture<RefitResult> refitInBackground(long learnerId) {
		return CompletableFuture.completedFuture(refit(learnerId));
	}

	/**
	 * Nightly: re-fits every learner with enough reviews since the last fit. On one node
	 * only when several share the database: the lock is held at least ten minutes, so a
	 * node whose clock runs a little behind finds it taken instead of fitting everyone
	 * again.
	 */
	@Scheduled(cron = "${quarry.srs.refit-cron:0 30 3 * * *}")
	@SchedulerLock(name = "srs-nightly-refit", lockAtLeastFor = "PT10M", lockAtMostFor = "PT6H")
	public void refitDueLearners() {
		// nobody asked for it: the app does it as itself
		SystemWork.run(this::refitEveryoneDue);
	}

	private void refitEveryoneDue() {
		List<Long> due = this.fits.dueForRefit(MINIMUM_REVIEWS, REFIT_AFTER);
		logger.info("nightly refit: {} learners due", due.size());
		for (long learnerId : due) {
			try {
				RefitResult result = refit(learnerId);
				logger.info("personal parameters for learner {}: {}", learnerId, result.reason());
			}
			catch (RuntimeException ex) {
				logger.warn("personal parameters for learner {} could not be fitted", learnerId, ex);
			}
		}
	}

}
