package app.quarry.srs;

import app.quarry.account.LearnerId;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import app.quarry.account.AccountService;
import app.quarry.srs.fsrs.Parameters;
import app.quarry.srs.fsrs.Scheduler;
import app.quarry.srs.fsrs.SchedulerSettings;
import app.quarry.srs.internal.SettingsEntity;
import app.quarry.srs.internal.SettingsRepository;

/**
 * Each learner's scheduling settings as saved, or the defaults in the zone they chose at
 * sign-up, and the FSRS scheduler they make. A part of {@link SrsService}, which holds
 * the transactions.
 */
final class LearnerSettingsBook {

	private final SettingsRepository settings;

	private final ObjectProvider<AccountService> accounts;

	LearnerSettingsBook(SettingsRepository settings, ObjectProvider<AccountService> accounts) {
		this.settings = settings;
		this.accounts = accounts;
	}

	/**
	 * The learner's settings; until they are saved, the defaults in the time zone chosen
	 * at sign-up (study days must follow the learner's clock from the first answer on).
	 */
	SrsSettings of(long learnerId) {
		return this.settings.findById(learnerId)
			.map(LearnerSettingsBook::toSettings)
			.orElseGet(() -> defaults(learnerId));
	}

	/**
	 * The scheduler of the learner's settings. Scheduling needs no time zone, so a
	 * learner who never saved settings costs one read here, not two (theirs, then their
	 * account's zone): every answer and every rating preview asks.
	 */
	Scheduler schedulerOf(long learnerId) {
		return scheduler(this.settings.findById(learnerId)
			.map(LearnerSettingsBook::toSettings)
			.orElseGet(SrsSettings::defaults));
	}

	/** The defaults of {@link SrsSettings}, in the learner's account zone. */
	SrsSettings defaults(long learnerId) {
		SrsSettings defaults = SrsSettings.defaults();
		AccountService accountService = this.accounts.getIfAvailable();
		if (accountService == null) {
			return defaults;
		}
		return accountService.findById(LearnerId.of(learnerId))
			.map(account -> new SrsSettings(defaults.desiredRetention(), defaults.newCardsPerDay(),
					account.timeZone().getId(), defaults.rolloverHour(), defaults.parameters()))
			.orElse(defaults);
	}

	/** The zone the learner saved, if they ever saved settings. */
	Optional<ZoneId> chosenTimeZone(long learnerId) {
		return this.settings.findById(learnerId).map(SettingsEntity::getTimeZone).map(ZoneId::of);
	}

	/** Saves what a learner may set; the personal parameters are the optimizer's. */
	SrsSettings update(long learnerId, SrsSettings update) {
		SettingsEntity entity = this.settings.findById(learnerId).orElseGet(() -> new SettingsEntity(learnerId));
		entity.update(update.desiredRetention(), update.newCardsPerDay(), update.timeZone(), update.rolloverHour());
		entity.limitReviews(update.reviewsPerDay());
		return toSettings(this.settings.save(entity));
	}

	/**
	 * The scheduler these settings make: personal parameters when fitted, else FSRS's.
	 */
	static Scheduler scheduler(SrsSettings settings) {
		Parameters parameters = settings.parameters() == null ? Parameters.defaults() : settings.parameters();
		return new Scheduler(SchedulerSettings.defaults()
			.withParameters(parameters)
			.withDesiredRetention(settings.desiredRetention()));
	}

	static SrsSettings toSettings(SettingsEntity entity) {
		Parameters parameters = entity.getParameters() == null ? null : Parameters.parse(entity.getParameters());
		return new SrsSettings(entity.getDesiredRetention(), entity.getNewCardsPerDay(), entity.getTimeZone(),
				entity.getRolloverHour(), parameters, entity.getReviewsPerDay());
	}

}
