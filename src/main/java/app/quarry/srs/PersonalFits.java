package app.quarry.srs;

import app.quarry.account.LearnerId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.quarry.srs.fsrs.Evaluation;
import app.quarry.srs.fsrs.Parameters;
import app.quarry.srs.fsrs.ReviewHistories;
import app.quarry.srs.internal.ReviewLogEntry;
import app.quarry.srs.internal.ReviewLogRepository;
import app.quarry.srs.internal.SettingsEntity;
import app.quarry.srs.internal.SettingsRepository;

/**
 * What {@link PersonalOptimizer} reads and stores, each in a transaction of its own: the
 * fit itself runs between them, outside any transaction, as it may take minutes.
 */
@Component
class PersonalFits {

	private final ReviewLogRepository log;

	private final SettingsRepository settings;

	private final SrsService srs;

	private final Clock clock;

	PersonalFits(ReviewLogRepository log, SettingsRepository settings, SrsService srs, Clock clock) {
		this.log = log;
		this.settings = settings;
		this.srs = srs;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ReviewLogEntry> reviews(long learnerId) {
		return this.log.findByLearnerIdOrderByReviewedAtAscIdAsc(learnerId);
	}

	/**
	 * Learners with at least {@code minimum} reviews and {@code refitAfter} of them since
	 * their last fit (or never fitted).
	 */
	@Transactional(readOnly = true)
	public List<Long> dueForRefit(long minimum, int refitAfter) {
		List<Long> learners = new ArrayList<>();
		for (Object[] row : this.log.findLearnersWithReviews(minimum)) {
			long learnerId = (Long) row[0];
			long reviews = (Long) row[1];
			Integer fittedAt = this.settings.findById(learnerId)
				.map(SettingsEntity::getParametersReviewCount)
				.orElse(null);
			if (fittedAt == null || reviews - fittedAt >= refitAfter) {
				learners.add(learnerId);
			}
		}
		return learners;
	}

	/**
	 * Keeps {@code fitted} when it predicts the held-out reviews better than the
	 * parameters in use, and records the fit either way.
	 */
	@Transactional
	public RefitResult store(long learnerId, Parameters fitted, ReviewHistories heldOut, int reviews) {
		SettingsEntity entity = this.settings.findById(learnerId).orElseGet(() -> {
			SettingsEntity fresh = new SettingsEntity(learnerId);
			SrsSettings defaults = this.srs.defaults(LearnerId.of(learnerId));
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
		return new RefitResult(better, reviews, before, after,
				better ? "the new parameters predict the held-out recent reviews better"
						: "kept the parameters in use: the new ones do not predict the held-out recent reviews better");
	}

}
