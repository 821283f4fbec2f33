package app.quarry.srs;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.quarry.account.AccountService;
import app.quarry.srs.SrsStatistics.DayCount;
import app.quarry.srs.fsrs.Card;
import app.quarry.srs.fsrs.CardState;
import app.quarry.srs.fsrs.Parameters;
import app.quarry.srs.fsrs.Rating;
import app.quarry.srs.fsrs.ReviewOutcome;
import app.quarry.srs.fsrs.Scheduler;
import app.quarry.srs.fsrs.SchedulerSettings;
import app.quarry.srs.internal.CardEntity;
import app.quarry.srs.internal.CardRepository;
import app.quarry.srs.internal.ReviewLogEntry;
import app.quarry.srs.internal.ReviewLogRepository;
import app.quarry.srs.internal.ReviewRows;
import app.quarry.srs.internal.SettingsEntity;
import app.quarry.srs.internal.SettingsRepository;
import app.quarry.srs.internal.LearnerCard;

/**
 * Spaced repetition for the study and classroom features: which cards are due, recording
 * an answer (log row and card state in one transaction, committed before the caller gets
 * the outcome), previews for rating buttons, settings, rebuilding a card from the log,
 * and statistics. Time comes from the injected clock.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({ "STUDENT", "TEACHER", "ADMIN" })
public class SrsService {

	/** A card whose interval was this many days or more is mature. */
	public static final int MATURE_DAYS = 21;

	private final CardRepository cards;

	private final ReviewLogRepository log;

	private final SettingsRepository settings;

	private final Clock clock;

	private final ObjectProvider<AccountService> accounts;

	private final ReviewRows rows;

	public SrsService(CardRepository cards, ReviewLogRepository log, SettingsRepository settings, Clock clock,
			ObjectProvider<AccountService> accounts, ReviewRows rows) {
		this.rows = rows;
		this.cards = cards;
		this.log = log;
		this.settings = settings;
		this.clock = clock;
		this.accounts = accounts;
	}

	/**
	 * Due reviews first (most overdue first), then new cards under the daily limit, among
	 * {@code candidates} (the question ids the caller offers, in its preferred order).
	 */
	public DueCards dueCards(long learnerId, Instant now, Collection<String> candidates) {
		if (candidates.isEmpty()) {
			return new DueCards(List.of(), List.of());
		}
		return dueCards(studyDay(learnerId, now), now, candidates);
	}

	/**
	 * As {@link #dueCards(long, Instant, Collection)}, in a study day just read: a
	 * session opening reads the learner's settings and the day's answers once.
	 */
	public DueCards dueCards(StudyDay day, Instant now, Collection<String> candidates) {
		if (candidates.isEmpty()) {
			return new DueCards(List.of(), List.of());
		}
		long learnerId = day.learnerId();
		// the learner's begun cards, matched here: sending every candidate id (the whole
		// bank) in an IN list cost more than answering a card, and grew with the bank
		Set<String> offered = (candidates instanceof Set<String> set) ? set : new HashSet<>(candidates);
		List<LearnerCard> owned = this.cards.findCardsOf(learnerId);
		List<LearnerCard> begun = owned.stream().filter(LearnerCard::begun).toList();
		Set<String> suspended = owned.stream()
			.filter(LearnerCard::suspended)
			.map(LearnerCard::questionId)
			.collect(Collectors.toCollection(HashSet::new));
		SrsSettings settings = day.settings();
		long introduced = this.log.countIntroducedSince(learnerId, day.start());
		// cards answered today that were not new today count against the review limit
		long reviewed = day.answered().size() - introduced;
		List<String> reviews = begun.stream()
			.filter(card -> !card.due().isAfter(now) && offered.contains(card.questionId())
					&& !suspended.contains(card.questionId()))
			.map(LearnerCard::questionId)
			.limit(Math.max(0, settings.reviewsPerDay() - reviewed))
			.toList();
		long allowance = Math.max(0, settings.newCardsPerDay() - introduced);
		Set<String> started = begun.stream()
			.map(LearnerCard::questionId)
			.collect(Collectors.toCollection(HashSet::new));
		started.addAll(suspended);
		List<String> fresh = new ArrayList<>();
		// read only as far as the allowance goes: the candidates may be the whole bank
		Set<String> seen = new HashSet<>();
		for (String id : candidates) {
			if (fresh.size() >= allowance) {
				break;
			}
			if (!started.contains(id) && seen.add(id)) {
				fresh.add(id);
			}
		}
		return new DueCards(reviews, fresh);
	}

	/**
	 * Questions the learner answered (in study or a quiz) since the start of the study
	 * day {@code now} falls in, by the learner's zone and rollover hour.
	 */
	public Set<String> answeredThisStudyDay(long learnerId, Instant now) {
		return new HashSet<>(studyDay(learnerId, now).answered());
	}

	/** The study day {@code now} falls in, with what the learner answered in it. */
	public StudyDay studyDay(long learnerId, Instant now) {
		SrsSettings settings = settings(learnerId);
		StudyCalendar calendar = new StudyCalendar(settings.zone(), settings.rolloverHour());
		Instant start = calendar.startOf(calendar.dayOf(now));
		return new StudyDay(learnerId, settings, start,
				Set.copyOf(this.log.findQuestionIdsReviewedSince(learnerId, start)));
	}

	/**
	 * A learner's study day: their settings, when the day began (by their zone and
	 * rollover hour), and the questions they answered since, in study or a quiz.
	 */
	public record StudyDay(long learnerId, SrsSettings settings, Instant start, Set<String> answered) {
	}

	/** Records an answer now; returns the card's new state and next due time. */
	@Transactional
	public ReviewOutcome record(long learnerId, String questionId, Rating rating, Long durationMs,
			ReviewSource source) {
		requireQuestionId(questionId);
		CardEntity entity = this.cards.findByLearnerIdAndQuestionId(learnerId, questionId)
			.orElseGet(() -> new CardEntity(learnerId, questionId));
		return record(entity, rating, durationMs, source, settings(learnerId));
	}

	/**
	 * Records several answers of one learner now, in one transaction, as {@link #record}
	 * would one by one: a submitted quiz. The learner's settings and the cards concerned
	 * are read once; the log rows and the learner's first cards are each written in one
	 * statement, so only a card reviewed before costs a statement of its own (its
	 * update).
	 */
	@Transactional
	public void recordAll(long learnerId, List<GradedAnswer> answers, ReviewSource source) {
		if (answers.isEmpty()) {
			return;
		}
		answers.forEach(answer -> requireQuestionId(answer.questionId()));
		Map<String, CardEntity> cards = new HashMap<>();
		this.cards
			.findByLearnerIdAndQuestionIdIn(learnerId,
					answers.stream().map(GradedAnswer::questionId).collect(Collectors.toSet()))
			.forEach(card -> cards.put(card.getQuestionId(), card));
		SrsSettings settings = settings(learnerId);
		Map<String, CardEntity> first = new java.util.LinkedHashMap<>();
		List<ReviewLogEntry> log = new ArrayList<>();
		for (GradedAnswer answer : answers) {
			CardEntity entity = cards.computeIfAbsent(answer.questionId(), id -> {
				CardEntity fresh = new CardEntity(learnerId, id);
				first.put(id, fresh);
				return fresh;
			});
			// a card read above is managed: its changed state is written when the
			// transaction commits
			log.add(review(entity, answer.rating(), answer.durationMs(), source, settings).entry());
		}
		this.rows.insertLog(log);
		this.rows.insertCards(List.copyOf(first.values()));
	}

	private ReviewOutcome record(CardEntity entity, Rating rating, Long durationMs, ReviewSource source,
			SrsSettings settings) {
		Review review = review(entity, rating, durationMs, source, settings);
		this.log.save(review.entry());
		this.cards.save(entity);
		return review.outcome();
	}

	/** A review's outcome, applied to the card, and the log entry that records it. */
	private record Review(ReviewOutcome outcome, ReviewLogEntry entry) {

	}

	private Review review(CardEntity entity, Rating rating, Long durationMs, ReviewSource source,
			SrsSettings settings) {
		if (durationMs != null && durationMs < 0) {
			throw new IllegalArgumentException("a review duration cannot be negative, was " + durationMs + " ms");
		}
		long learnerId = entity.getLearnerId();
		String questionId = entity.getQuestionId();
		Instant now = this.clock.instant();
		Card card = entity.toCard(now);
		if (card.lastReview() != null && now.isBefore(card.lastReview())) {
			now = card.lastReview(); // a clock stepping back must not reorder a card's
										// history
		}
		int priorInterval = card.state() == CardState.REVIEW
				? (int) Duration.between(card.lastReview(), card.due()).toDays() : 0;
		ReviewOutcome outcome = scheduler(settings).review(card, rating, now);
		entity.apply(outcome.card());
		return new Review(outcome,
				new ReviewLogEntry(learnerId, questionId, rating.value(), now, durationMs, source, priorInterval));
	}

	/** The four ratings' outcomes for a card now, indexed Again..Easy. */
	public ReviewOutcome[] preview(long learnerId, String questionId) {
		requireQuestionId(questionId);
		Instant now = this.clock.instant();
		Card card = this.cards.findByLearnerIdAndQuestionId(learnerId, questionId)
			.map(entity -> entity.toCard(now))
			.orElseGet(() -> new CardEntity(learnerId, questionId).toCard(now));
		return scheduler(settings(learnerId)).preview(card, now);
	}

	/**
	 * The learner's settings; until they are saved, the defaults in the time zone chosen
	 * at sign-up (study days must follow the learner's clock from the first answer on).
	 */
	public SrsSettings settings(long learnerId) {
		return this.settings.findById(learnerId).map(SrsService::toSettings).orElseGet(() -> defaults(learnerId));
	}

	/**
	 * The defaults for this learner: those of {@link SrsSettings}, in their account's
	 * zone.
	 */
	SrsSettings defaults(long learnerId) {
		SrsSettings defaults = SrsSettings.defaults();
		AccountService accountService = this.accounts.getIfAvailable();
		if (accountService == null) {
			return defaults;
		}
		return accountService.findById(learnerId)
			.map(account -> new SrsSettings(defaults.desiredRetention(), defaults.newCardsPerDay(),
					account.timeZone().getId(), defaults.rolloverHour(), defaults.parameters()))
			.orElse(defaults);
	}

	/**
	 * The time zone the learner chose, if they ever saved settings; empty when they never
	 * did (so a caller can fall back to a better guess than the default UTC).
	 */
	public Optional<ZoneId> chosenTimeZone(long learnerId) {
		return this.settings.findById(learnerId).map(SettingsEntity::getTimeZone).map(ZoneId::of);
	}

	/**
	 * Saves retention, new-card limit, time zone and rollover hour (validated by
	 * {@link SrsSettings}); personal parameters are only set by the optimizer.
	 */
	@Transactional
	public SrsSettings updateSettings(long learnerId, SrsSettings update) {
		SettingsEntity entity = this.settings.findById(learnerId).orElseGet(() -> new SettingsEntity(learnerId));
		entity.update(update.desiredRetention(), update.newCardsPerDay(), update.timeZone(), update.rolloverHour());
		entity.limitReviews(update.reviewsPerDay());
		return toSettings(this.settings.save(entity));
	}

	/**
	 * Takes a card's review history from another app (oldest first): each review is
	 * logged as it happened and the card's FSRS state is the replay of them all, so an
	 * imported deck is scheduled as if it had been studied here. A card that already has
	 * reviews is left alone, so importing twice adds nothing twice.
	 */
	@Transactional
	public Card importHistory(long learnerId, String questionId, List<ImportedReview> history) {
		requireQuestionId(questionId);
		Optional<CardEntity> existing = this.cards.findByLearnerIdAndQuestionId(learnerId, questionId);
		if (existing.isPresent() || history.isEmpty()) {
			return existing.map(entity -> entity.toCard(this.clock.instant()))
				.orElseGet(() -> new CardEntity(learnerId, questionId).toCard(this.clock.instant()));
		}
		List<ImportedReview> ordered = history.stream()
			.sorted(java.util.Comparator.comparing(ImportedReview::at))
			.toList();
		Scheduler scheduler = scheduler(settings(learnerId));
		CardEntity entity = new CardEntity(learnerId, questionId);
		Card card = entity.toCard(ordered.get(0).at());
		for (ImportedReview review : ordered) {
			int priorInterval = card.state() == CardState.REVIEW && card.lastReview() != null
					? (int) Duration.between(card.lastReview(), card.due()).toDays() : 0;
			this.log.save(new ReviewLogEntry(learnerId, questionId, review.rating().value(), review.at(),
					review.durationMs(), ReviewSource.IMPORT, priorInterval));
			card = scheduler.review(card, review.rating(), review.at()).card();
		}
		entity.apply(card);
		this.cards.save(entity);
		return card;
	}

	/** One review from another app's history. */
	public record ImportedReview(Instant at, Rating rating, Long durationMs) {
	}

	/** Replays the card's log with the current settings and stores the result. */
	@Transactional
	public Card rebuild(long learnerId, String questionId) {
		requireQuestionId(questionId);
		List<ReviewLogEntry> entries = this.log.findByLearnerIdAndQuestionIdOrderByReviewedAtAscIdAsc(learnerId,
				questionId);
		return replay(learnerId, questionId, entries);
	}

	/**
	 * Takes back the card's last answer: its review log row is deleted and the card goes
	 * back to the state the rest of its log gives (new, when it was the first answer).
	 * @return whether there was an answer to take back
	 */
	@Transactional
	public boolean undoLastReview(long learnerId, String questionId) {
		requireQuestionId(questionId);
		List<ReviewLogEntry> entries = new ArrayList<>(
				this.log.findByLearnerIdAndQuestionIdOrderByReviewedAtAscIdAsc(learnerId, questionId));
		if (entries.isEmpty()) {
			return false;
		}
		this.log.delete(entries.remove(entries.size() - 1));
		replay(learnerId, questionId, entries);
		return true;
	}

	private Card replay(long learnerId, String questionId, List<ReviewLogEntry> entries) {
		CardEntity entity = this.cards.findByLearnerIdAndQuestionId(learnerId, questionId)
			.orElseGet(() -> new CardEntity(learnerId, questionId));
		Instant now = this.clock.instant();
		Card card = new CardEntity(learnerId, questionId)
			.toCard(entries.isEmpty() ? now : entries.get(0).getReviewedAt());
		Scheduler scheduler = scheduler(settings(learnerId));
		for (ReviewLogEntry entry : entries) {
			card = scheduler.review(card, Rating.of(entry.getRating()), entry.getReviewedAt()).card();
		}
		entity.apply(card);
		this.cards.save(entity);
		return card;
	}

	/**
	 * Suspends the card (it leaves every study queue, its schedule kept) or brings it
	 * back.
	 */
	@Transactional
	public void suspend(long learnerId, String questionId, boolean suspended) {
		CardEntity card = cardOf(learnerId, questionId);
		card.setSuspended(suspended);
		this.cards.save(card);
	}

	/** Flags the card as a bad question for whoever reviews the bank, or unflags it. */
	@Transactional
	public void flag(long learnerId, String questionId, boolean flagged) {
		CardEntity card = cardOf(learnerId, questionId);
		card.setFlagged(flagged);
		this.cards.save(card);
	}

	/**
	 * Forgets deleted questions: every learner's card and review of them goes, so nothing
	 * points at a question that is no more.
	 */
	@Transactional
	public void forgetQuestions(List<String> questionIds) {
		// a bounded number of parameters per statement, whatever the deck's size
		for (int from = 0; from < questionIds.size(); from += 500) {
			List<String> chunk = questionIds.subList(from, Math.min(questionIds.size(), from + 500));
			this.log.deleteByQuestionIds(chunk);
			this.cards.deleteByQuestionIds(chunk);
		}
	}

	/** Brings every suspended card of the learner back; returns how many there were. */
	@Transactional
	public int unsuspendAll(long learnerId) {
		List<CardEntity> suspended = this.cards.findByLearnerId(learnerId)
			.stream()
			.filter(CardEntity::isSuspended)
			.toList();
		suspended.forEach(card -> card.setSuspended(false));
		this.cards.saveAll(suspended);
		return suspended.size();
	}

	public Set<String> suspendedQuestionIds(long learnerId) {
		return new HashSet<>(this.cards.findSuspendedQuestionIds(learnerId));
	}

	public Set<String> flaggedQuestionIds(long learnerId) {
		return new HashSet<>(this.cards.findFlaggedQuestionIds(learnerId));
	}

	/** How many learners flagged each question, for the questions flagged at all. */
	public java.util.Map<String, Long> flagCounts() {
		java.util.Map<String, Long> counts = new java.util.HashMap<>();
		for (Object[] row : this.cards.countFlags()) {
			counts.put((String) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	/** Every card the learner has (studied, suspended or flagged), as it stands. */
	public List<CardSummary> cards(long learnerId) {
		return this.cards.findByLearnerId(learnerId)
			.stream()
			.map(card -> new CardSummary(card.getQuestionId(), card.getState(),
					(card.getStability() == null) ? 0 : card.getStability(),
					(card.getLastReview() == null || card.getState() != CardState.REVIEW) ? 0
							: (int) Duration.between(card.getLastReview(), card.getDue()).toDays(),
					card.getDue(), card.isSuspended(), card.isFlagged()))
			.toList();
	}

	/**
	 * The learner's reviews since the start of the study day {@code days - 1} days ago,
	 * each with the study day it fell in and the interval the card had.
	 */
	public List<DatedReview> reviewsOfLastDays(long learnerId, int days) {
		SrsSettings settings = settings(learnerId);
		StudyCalendar calendar = new StudyCalendar(settings.zone(), settings.rolloverHour());
		LocalDate today = calendar.dayOf(this.clock.instant());
		return this.log.findSince(learnerId, calendar.startOf(today.minusDays(Math.max(1, days) - 1)))
			.stream()
			.map(entry -> new DatedReview(entry.getQuestionId(), calendar.dayOf(entry.getReviewedAt()),
					entry.getRating(), entry.getPriorIntervalDays()))
			.toList();
	}

	private CardEntity cardOf(long learnerId, String questionId) {
		requireQuestionId(questionId);
		return this.cards.findByLearnerIdAndQuestionId(learnerId, questionId).orElseGet(() -> {
			CardEntity fresh = new CardEntity(learnerId, questionId);
			fresh.apply(fresh.toCard(this.clock.instant()));
			return fresh;
		});
	}

	/**
	 * Heatmap, forecast, true retention over the last {@code retentionDays} study days,
	 * streak.
	 */
	public SrsStatistics statistics(long learnerId, int retentionDays) {
		SrsSettings settings = settings(learnerId);
		StudyCalendar calendar = new StudyCalendar(settings.zone(), settings.rolloverHour());
		Instant now = this.clock.instant();
		LocalDate today = calendar.dayOf(now);
		TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
		for (Instant time : this.log.findTimesSince(learnerId, calendar.startOf(today.minusDays(365)))) {
			perDay.merge(calendar.dayOf(time), 1, Integer::sum);
		}
		List<DayCount> heatmap = perDay.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList();
		int[] due = new int[30];
		for (Instant time : this.cards.findDueTimesBefore(learnerId, calendar.startOf(today.plusDays(30)))) {
			long offset = Math.max(0, today.until(calendar.dayOf(time), java.time.temporal.ChronoUnit.DAYS));
			due[(int) offset]++;
		}
		List<DayCount> forecast = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			forecast.add(new DayCount(today.plusDays(i), due[i]));
		}
		List<ReviewLogEntry> mature = this.log.findMatureReviews(learnerId,
				calendar.startOf(today.minusDays(Math.max(1, retentionDays) - 1)),
				// up to and including now: PostgreSQL keeps microseconds and rounds a
				// review
				// time with nanoseconds up, past a bound one nanosecond later
				now.plus(1, java.time.temporal.ChronoUnit.MICROS), MATURE_DAYS);
		long passed = mature.stream().filter(entry -> entry.getRating() > 1).count();
		Double retention = mature.isEmpty() ? null : passed / (double) mature.size();
		LocalDate day = perDay.containsKey(today) ? today : today.minusDays(1);
		int streak = 0;
		while (perDay.containsKey(day)) {
			streak++;
			day = day.minusDays(1);
		}
		return new SrsStatistics(heatmap, forecast, retention, mature.size(), streak);
	}

	Scheduler scheduler(SrsSettings settings) {
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

	private static void requireQuestionId(String questionId) {
		if (questionId == null || questionId.isBlank() || questionId.length() > 40) {
			throw new IllegalArgumentException("a question id must be 1 to 40 characters, was '" + questionId + "'");
		}
	}

	/** Every review of the learner, oldest first. */
	public List<ReviewRecord> reviewLog(long learnerId) {
		return this.log.findByLearnerIdOrderByReviewedAtAscIdAsc(learnerId)
			.stream()
			.map((entry) -> new ReviewRecord(entry.getQuestionId(), entry.getRating(), entry.getReviewedAt(),
					entry.getDurationMs(), entry.getSource()))
			.toList();
	}

	/**
	 * Questions whose card is in review with a stability of {@link #MATURE_DAYS} days or
	 * more.
	 */
	public Set<String> matureQuestionIds(long learnerId) {
		return new HashSet<>(this.cards.findQuestionIdsInState(learnerId, CardState.REVIEW, MATURE_DAYS));
	}

	/** Questions the learner has reviewed at least once. */
	public Set<String> studiedQuestionIds(long learnerId) {
		return new HashSet<>(this.cards.findStudiedQuestionIds(learnerId));
	}

}
