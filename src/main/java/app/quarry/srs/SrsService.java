package app.quarry.srs;

import app.quarry.bank.QuestionId;
import app.quarry.account.LearnerId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.quarry.account.AccountService;
import app.quarry.srs.fsrs.Card;
import app.quarry.srs.fsrs.CardState;
import app.quarry.srs.fsrs.Rating;
import app.quarry.srs.fsrs.ReviewOutcome;
import app.quarry.srs.internal.CardRepository;
import app.quarry.srs.internal.ReviewLogRepository;
import app.quarry.srs.internal.ReviewRows;
import app.quarry.srs.internal.SettingsRepository;

/**
 * Spaced repetition for the study and classroom features, and where its transactions
 * begin: which cards are due in a learner's study day ({@link StudyDays}), recording an
 * answer, its log row and card state committed before the caller gets the outcome
 * ({@link ReviewWriter}), settings ({@link LearnerSettingsBook}), statistics
 * ({@link LearnerStatistics}), and the cards themselves ({@link CardControls}). Time
 * comes from the injected clock.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({ "STUDENT", "TEACHER", "ADMIN" })
public class SrsService {

	/** A card whose interval was this many days or more is mature. */
	public static final int MATURE_DAYS = 21;

	private final CardRepository cards;

	private final ReviewLogRepository log;

	private final LearnerSettingsBook settings;

	private final StudyDays days;

	private final ReviewWriter reviews;

	private final LearnerStatistics statistics;

	private final CardControls controls;

	public SrsService(CardRepository cards, ReviewLogRepository log, SettingsRepository settings, Clock clock,
			ObjectProvider<AccountService> accounts, ReviewRows rows) {
		this.cards = cards;
		this.log = log;
		this.settings = new LearnerSettingsBook(settings, accounts);
		this.days = new StudyDays(cards, log, this.settings);
		this.reviews = new ReviewWriter(cards, log, rows, this.settings, clock);
		this.statistics = new LearnerStatistics(cards, log, this.settings, clock);
		this.controls = new CardControls(cards, log, clock);
	}

	/**
	 * Due reviews first (soonest due first), then new cards under the daily limit, among
	 * {@code candidates} (the question ids the caller offers, in its preferred order).
	 */
	public DueCards dueCards(LearnerId learner, Instant now, Collection<String> candidates) {
		if (candidates.isEmpty()) {
			return new DueCards(List.of(), List.of());
		}
		return this.days.due(this.days.of(learner.value(), now), now, candidates);
	}

	/**
	 * As {@link #dueCards(LearnerId, Instant, Collection)}, in a study day just read: a
	 * session opening reads the learner's settings and the day's answers once.
	 */
	public DueCards dueCards(StudyDay day, Instant now, Collection<String> candidates) {
		return this.days.due(day, now, candidates);
	}

	/**
	 * Questions the learner answered (in study or a quiz) since the start of the study
	 * day {@code now} falls in, by the learner's zone and rollover hour.
	 */
	public Set<String> answeredThisStudyDay(LearnerId learner, Instant now) {
		return new HashSet<>(this.days.of(learner.value(), now).answered());
	}

	/** The study day {@code now} falls in, with what the learner answered in it. */
	public StudyDay studyDay(LearnerId learner, Instant now) {
		return this.days.of(learner.value(), now);
	}

	/** Records an answer now; returns the card's new state and next due time. */
	@Transactional
	public ReviewOutcome record(LearnerId learner, QuestionId questionId, Rating rating, Long durationMs,
			ReviewSource source) {
		requireQuestionId(questionId.value());
		return this.reviews.record(learner.value(), questionId.value(), rating, durationMs, source);
	}

	/**
	 * Records several answers of one learner now, in one transaction, as {@link #record}
	 * would one by one: a submitted quiz.
	 */
	@Transactional
	public void recordAll(LearnerId learner, List<GradedAnswer> answers, ReviewSource source) {
		if (answers.isEmpty()) {
			return;
		}
		answers.forEach(answer -> requireQuestionId(answer.questionId()));
		this.reviews.recordAll(learner.value(), answers, source);
	}

	/** The four ratings' outcomes for a card now, indexed Again..Easy. */
	public ReviewOutcome[] preview(LearnerId learner, QuestionId questionId) {
		requireQuestionId(questionId.value());
		return this.reviews.preview(learner.value(), questionId.value());
	}

	/**
	 * Takes a card's review history from another app (oldest first): each review is
	 * logged as it happened and the card's FSRS state is the replay of them all, so an
	 * imported deck is scheduled as if it had been studied here. A card that already has
	 * reviews is left alone, so importing twice adds nothing twice.
	 */
	@Transactional
	public Card importHistory(LearnerId learner, QuestionId questionId, List<ImportedReview> history) {
		requireQuestionId(questionId.value());
		return this.reviews.importHistory(learner.value(), questionId.value(), history);
	}

	/** One review from another app's history. */
	public record ImportedReview(Instant at, Rating rating, Long durationMs) {
	}

	/** Replays the card's log with the current settings and stores the result. */
	@Transactional
	public Card rebuild(LearnerId learner, QuestionId questionId) {
		requireQuestionId(questionId.value());
		return this.reviews.rebuild(learner.value(), questionId.value());
	}

	/**
	 * Takes back the card's last answer: its review log row is deleted and the card goes
	 * back to the state the rest of its log gives (new, when it was the first answer).
	 * @return whether there was an answer to take back
	 */
	@Transactional
	public boolean undoLastReview(LearnerId learner, QuestionId questionId) {
		requireQuestionId(questionId.value());
		return this.reviews.undoLast(learner.value(), questionId.value());
	}

	/**
	 * The learner's settings; until they are saved, the defaults in the time zone chosen
	 * at sign-up (study days must follow the learner's clock from the first answer on).
	 */
	public SrsSettings settings(LearnerId learner) {
		return this.settings.of(learner.value());
	}

	/** The defaults of {@link SrsSettings}, in the learner's account zone. */
	SrsSettings defaults(LearnerId learner) {
		return this.settings.defaults(learner.value());
	}

	/**
	 * The time zone the learner chose, if they ever saved settings; empty when they never
	 * did (so a caller can fall back to a better guess than the default UTC).
	 */
	public Optional<ZoneId> chosenTimeZone(LearnerId learner) {
		return this.settings.chosenTimeZone(learner.value());
	}

	/**
	 * Saves retention, new-card limit, time zone and rollover hour (validated by
	 * {@link SrsSettings}); personal parameters are only set by the optimizer.
	 */
	@Transactional
	public SrsSettings updateSettings(LearnerId learner, SrsSettings update) {
		return this.settings.update(learner.value(), update);
	}

	/**
	 * Heatmap, forecast, true retention over the last {@code retentionDays} study days,
	 * streak.
	 */
	public SrsStatistics statistics(LearnerId learner, int retentionDays) {
		return this.statistics.of(learner.value(), retentionDays);
	}

	/**
	 * The learner's reviews since the start of the study day {@code days - 1} days ago,
	 * each with the study day it fell in and the interval the card had.
	 */
	public List<DatedReview> reviewsOfLastDays(LearnerId learner, int days) {
		return this.statistics.reviewsOfLastDays(learner.value(), days);
	}

	/**
	 * Suspends the card (it leaves every study queue, its schedule kept) or brings it
	 * back.
	 */
	@Transactional
	public void suspend(LearnerId learner, QuestionId questionId, boolean suspended) {
		requireQuestionId(questionId.value());
		this.controls.suspend(learner.value(), questionId.value(), suspended);
	}

	/** Flags the card as a bad question for whoever reviews the bank, or unflags it. */
	@Transactional
	public void flag(LearnerId learner, QuestionId questionId, boolean flagged) {
		requireQuestionId(questionId.value());
		this.controls.flag(learner.value(), questionId.value(), flagged);
	}

	/**
	 * Forgets deleted questions: no learner's card or review points at them any more.
	 */
	@Transactional
	public void forgetQuestions(List<QuestionId> questionIds) {
		this.controls.forget(questionIds.stream().map(QuestionId::value).toList());
	}

	/** Brings every suspended card of the learner back; returns how many there were. */
	@Transactional
	public int unsuspendAll(LearnerId learner) {
		return this.controls.unsuspendAll(learner.value());
	}

	public Set<String> suspendedQuestionIds(LearnerId learner) {
		return new HashSet<>(this.cards.findSuspendedQuestionIds(learner.value()));
	}

	public Set<String> flaggedQuestionIds(LearnerId learner) {
		return new HashSet<>(this.cards.findFlaggedQuestionIds(learner.value()));
	}

	/** How many learners flagged each question, for the questions flagged at all. */
	public Map<QuestionId, Long> flagCounts() {
		Map<QuestionId, Long> counts = new HashMap<>();
		for (Object[] row : this.cards.countFlags()) {
			counts.put(QuestionId.of((String) row[0]), ((Number) row[1]).longValue());
		}
		return counts;
	}

	/** Every card the learner has (studied, suspended or flagged), as it stands. */
	public List<CardSummary> cards(LearnerId learner) {
		return this.cards.findByLearnerId(learner.value())
			.stream()
			.map(card -> new CardSummary(card.getQuestionId(), card.getState(),
					(card.getStability() == null) ? 0 : card.getStability(),
					(card.getLastReview() == null || card.getState() != CardState.REVIEW) ? 0
							: (int) Duration.between(card.getLastReview(), card.getDue()).toDays(),
					card.getDue(), card.isSuspended(), card.isFlagged()))
			.toList();
	}

	/** Every review of the learner, oldest first. */
	public List<ReviewRecord> reviewLog(LearnerId learner) {
		return this.log.findByLearnerIdOrderByReviewedAtAscIdAsc(learner.value())
			.stream()
			.map((entry) -> new ReviewRecord(entry.getQuestionId(), entry.getRating(), entry.getReviewedAt(),
					entry.getDurationMs(), entry.getSource()))
			.toList();
	}

	/**
	 * Questions whose card is in review with a stability of {@link #MATURE_DAYS} days or
	 * more.
	 */
	public Set<String> matureQuestionIds(LearnerId learner) {
		return new HashSet<>(this.cards.findQuestionIdsInState(learner.value(), CardState.REVIEW, MATURE_DAYS));
	}

	/** Questions the learner has reviewed at least once. */
	public Set<String> studiedQuestionIds(LearnerId learner) {
		return new HashSet<>(this.cards.findStudiedQuestionIds(learner.value()));
	}

	private static void requireQuestionId(String questionId) {
		if (questionId == null || questionId.isBlank() || questionId.length() > 40) {
			throw new IllegalArgumentException("a question id must be 1 to 40 characters, was '" + questionId + "'");
		}
	}

}
