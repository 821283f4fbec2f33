package app.quarry.srs;

import java.time.Clock;
import java.util.List;

import app.quarry.srs.internal.CardEntity;
import app.quarry.srs.internal.CardRepository;
import app.quarry.srs.internal.ReviewLogRepository;

/**
 * What a learner or the bank does to cards besides answering them: suspending, flagging,
 * forgetting a deleted question. A part of {@link SrsService}, which holds the
 * transactions.
 */
final class CardControls {

	/**
	 * Question ids per delete statement: a bounded number of parameters, whatever the
	 * deck.
	 */
	private static final int DELETE_CHUNK = 500;

	private final CardRepository cards;

	private final ReviewLogRepository log;

	private final Clock clock;

	CardControls(CardRepository cards, ReviewLogRepository log, Clock clock) {
		this.cards = cards;
		this.log = log;
		this.clock = clock;
	}

	void suspend(long learnerId, String questionId, boolean suspended) {
		CardEntity card = cardOf(learnerId, questionId);
		card.setSuspended(suspended);
		this.cards.save(card);
	}

	void flag(long learnerId, String questionId, boolean flagged) {
		CardEntity card = cardOf(learnerId, questionId);
		card.setFlagged(flagged);
		this.cards.save(card);
	}

	int unsuspendAll(long learnerId) {
		List<CardEntity> suspended = this.cards.findByLearnerId(learnerId)
			.stream()
			.filter(CardEntity::isSuspended)
			.toList();
		suspended.forEach(card -> card.setSuspended(false));
		this.cards.saveAll(suspended);
		return suspended.size();
	}

	void forget(List<String> questionIds) {
		for (int from = 0; from < questionIds.size(); from += DELETE_CHUNK) {
			List<String> chunk = questionIds.subList(from, Math.min(questionIds.size(), from + DELETE_CHUNK));
			this.log.deleteByQuestionIds(chunk);
			this.cards.deleteByQuestionIds(chunk);
		}
	}

	/** The learner's card of the question; a new one, scheduled now, if never studied. */
	private CardEntity cardOf(long learnerId, String questionId) {
		return this.cards.findByLearnerIdAndQuestionId(learnerId, questionId).orElseGet(() -> {
			CardEntity fresh = new CardEntity(learnerId, questionId);
			fresh.apply(fresh.toCard(this.clock.instant()));
			return fresh;
		});
	}

}
