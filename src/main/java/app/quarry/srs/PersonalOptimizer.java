package app.quarry.srs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.quarry.srs.fsrs.Evaluation;
import app.quarry.srs.fsrs.Optimizer;
import app.quarry.srs.fsrs.Parameters;
import app.quarry.srs.fsrs.Rating;
import app.quarry.srs.fsrs.ReviewHistories;
import app.quarry.srs.fsrs.ReviewRecord;
import app.quarry.srs.internal.ReviewLogEntry;
import app.quarry.srs.internal.ReviewLogRepository;
import app.quarry.srs.internal.SettingsEntity;
import app.quarry.srs.internal.SettingsRepository;

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

	private final ReviewLogRepository log;

	private final SettingsRepository settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final SrsService srs;

	public PersonalOptimizer(ReviewLogRepository log, SettingsRepository settings, TransactionTemplate transactions,
			Clock clock, SrsService srs) {
		this.srs = srs;
		this.log = log;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Fits now and stores the parameters when they are better; says what happened. */
	public RefitResult refit(long learnerId) {
		List<ReviewLogEntry> entries = this.transactions
			.execute(status -> this.log.findByLearnerIdOrderByReviewedAtAscIdAsc(learnerId));
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
		return this.transactions.execute(status -> {
			SettingsEntity entity = this.settings.findById(learnerId).orElseGet(() -> {
				SettingsEntity fresh = new SettingsEntity(learnerId);
				SrsSettings defaults = this.srs.defaults(learnerId);
				fresh.update(defaults.desiredRetention(), defaults.newCardsPerDay(), defaults.timeZone(),
						defaults.rolloverHour());
				return fresh;
			});
			Parameters current = entity.getParameters() == null ? Parameters.defaults()
					: Parameters.parse(entity.getParameters());
			double before = Evaluation.evaluate(heldOut, current).logLoss();
			double after = Evaluation.evaluate(heldOut, fitted).logLoss();
			boolean better = after < before;
			entity.fitted(better ? fitted.toString() : entity.getParameters(), this.clock.instant(), reviews);
			this.settings.save(entity);
			return new RefitResult(better, reviews, before, after, better
					? "the new parameters predict the held-out recent reviews better"
					: "kept the parameters in use: the new ones do not predict the held-out recent reviews better");
		});
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
		List<Long> due = this.transactions.execute(status -> {
			List<Long> learners = new ArrayList<>();
			for (Object[] row : this.log.findLearnersWithReviews(MINIMUM_REVIEWS)) {
				long learnerId = (Long) row[0];
				long reviews = (Long) row[1];
				Integer fittedAt = this.settings.findById(learnerId)
					.map(SettingsEntity::getParametersReviewCount)
					.orElse(null);
				if (fittedAt == null || reviews - fittedAt >= REFIT_AFTER) {
					learners.add(learnerId);
				}
			}
			return learners;
		});
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
