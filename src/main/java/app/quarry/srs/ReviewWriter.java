package app.quarry.srs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import app.quarry.srs.SrsService.ImportedReview;
import app.quarry.srs.fsrs.Card;
import app.quarry.srs.fsrs.CardState;
import app.quarry.srs.fsrs.Rating;
import app.quarry.srs.fsrs.ReviewOutcome;
import app.quarry.srs.fsrs.Scheduler;
import app.quarry.srs.internal.CardEntity;
import app.quarry.srs.internal.CardRepository;
import app.quarry.srs.internal.ReviewLogEntry;
import app.quarry.srs.internal.ReviewLogRepository;
import app.quarry.srs.internal.ReviewRows;

/**
 * Writes what a learner answered: the review log row and the card's new state together,
 * one answer, a submitted quiz, another app's history; and takes an answer back by
 * replaying the rest of the log. Time comes from the clock. A part of {@link SrsService},
 * which holds the transactions.
 */
final class ReviewWriter {

	private final CardRepository cards;

	private final ReviewLogRepository log;

	private final ReviewRows rows;

	private final LearnerSettingsBook settings;

	private final Clock clock;

	ReviewWriter(CardRepository cards, ReviewLogRepository log, ReviewRows rows, LearnerSettingsBook settings,
			Clock clock) {
		this.cards = cards;
		this.log = log;
		this.rows = rows;
		this.settings = settings;
		this.clock = clock;
	}

	ReviewOutcome record(long learnerId, String questionId, Rating rating, Long durationMs, ReviewSource source) {
		CardEntity entity = this.cards.findByLearnerIdAndQuestionId(learnerId, questionId)
			.orElseGet(() -> new CardEntity(learnerId, questionId));
		Review review = review(entity, rating, durationMs, source, this.settings.schedulerOf(learnerId));
		this.log.save(review.entry());
		this.cards.save(entity);
		return review.outcome();
	}

	/**
	 * The settings and the cards concerned are read once; the log rows and the learner's
	 * first cards are each written in one statement, so only a card reviewed before costs
	 * a statement of its own (its update).
	 */
	void recordAll(long learnerId, List<GradedAnswer> answers, ReviewSource source) {
		Map<String, CardEntity> cards = new HashMap<>();
		this.cards
			.findByLearnerIdAndQuestionIdIn(learnerId,
					answers.stream().map(GradedAnswer::questionId).collect(Collectors.toSet()))
			.forEach(card -> cards.put(card.getQuestionId(), card));
		Scheduler scheduler = this.settings.schedulerOf(learnerId);
		Map<String, CardEntity> first = new LinkedHashMap<>();
		List<ReviewLogEntry> log = new ArrayList<>();
		for (GradedAnswer answer : answers) {
			CardEntity entity = cards.computeIfAbsent(answer.questionId(), id -> {
				CardEntity fresh = new CardEntity(learnerId, id);
				first.put(id, fresh);
				return fresh;
			});
			// a card read above is managed: its changed state is written when the
			// transaction commits
			log.add(review(entity, answer.rating(), answer.durationMs(), source, scheduler).entry());
		}
		this.rows.insertLog(log);
		this.rows.insertCards(List.copyOf(first.values()));
	}

	/** A review's outcome, applied to the card, and the log entry that records it. */
	private record Review(ReviewOutcome outcome, ReviewLogEntry entry) {

	}

	private Review review(CardEntity entity, Rating rating, Long durationMs, ReviewSource source, Scheduler scheduler) {
		if (durationMs != null && durationMs < 0) {
			throw new IllegalArgumentException("a review duration cannot be negative, was " + durationMs + " ms");
		}
		Instant now = this.clock.instant();
		Card card = entity.toCard(now);
		if (card.lastReview() != null && now.isBefore(card.lastReview())) {
			// a clock stepping back must not reorder a card's history
			now = card.lastReview();
		}
		int priorInterval = card.state() == CardState.REVIEW
				? (int) Duration.between(card.lastReview(), card.due()).toDays() : 0;
		ReviewOutcome outcome = scheduler.review(card, rating, now);
		entity.apply(outcome.card());
		return new Review(outcome, new ReviewLogEntry(entity.getLearnerId(), entity.getQuestionId(), rating.value(),
				now, durationMs, source, priorInterval));
	}

	/** The four ratings' outcomes for a card now, indexed Again..Easy. */
	ReviewOutcome[] preview(long learnerId, String questionId) {
		Instant now = this.clock.instant();
		Card card = this.cards.findByLearnerIdAndQuestionId(learnerId, questionId)
			.map(entity -> entity.toCard(now))
			.orElseGet(() -> new CardEntity(learnerId, questionId).toCard(now));
		return this.settings.schedulerOf(learnerId).preview(card, now);
	}

	/**
	 * Logs each review as it happened and stores the replay of them all, unless the card
	 * has reviews already (importing twice adds nothing twice).
	 */
	Card importHistory(long learnerId, String questionId, List<ImportedReview> history) {
		Optional<CardEntity> existing = this.cards.findByLearnerIdAndQuestionId(learnerId, questionId);
		if (existing.isPresent() || history.isEmpty()) {
			return existing.orElseGet(() -> new CardEntity(learnerId, questionId)).toCard(this.clock.instant());
		}
		List<ImportedReview> ordered = history.stream().sorted(Comparator.comparing(ImportedReview::at)).toList();
		Scheduler scheduler = this.settings.schedulerOf(learnerId);
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

	/** Replays the card's log with the current settings and stores the result. */
	Card rebuild(long learnerId, String questionId) {
		return replay(learnerId, questionId,
				this.log.findByLearnerIdAndQuestionIdOrderByReviewedAtAscIdAsc(learnerId, questionId));
	}

	/** Deletes the card's last log row and replays the rest; false when it had none. */
	boolean undoLast(long learnerId, String questionId) {
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
		Scheduler scheduler = this.settings.schedulerOf(learnerId);
		for (ReviewLogEntry entry : entries) {
			card = scheduler.review(card, Rating.of(entry.getRating()), entry.getReviewedAt()).card();
		}
		entity.apply(card);
		this.cards.save(entity);
		return card;
	}

}
