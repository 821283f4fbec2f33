package app.quarry.srs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.quarry.srs.internal.CardRepository;
import app.quarry.srs.internal.LearnerCard;
import app.quarry.srs.internal.ReviewLogRepository;

/**
 * What a learner's study day holds: what they answered since it began, and what is due in
 * it under the day's limits. A part of {@link SrsService}, which holds the transactions.
 */
final class StudyDays {

	private final CardRepository cards;

	private final ReviewLogRepository log;

	private final LearnerSettingsBook settings;

	StudyDays(CardRepository cards, ReviewLogRepository log, LearnerSettingsBook settings) {
		this.cards = cards;
		this.log = log;
		this.settings = settings;
	}

	/** The study day {@code now} falls in, with what the learner answered in it. */
	StudyDay of(long learnerId, Instant now) {
		SrsSettings settings = this.settings.of(learnerId);
		StudyCalendar calendar = new StudyCalendar(settings.zone(), settings.rolloverHour());
		Instant start = calendar.startOf(calendar.dayOf(now));
		return new StudyDay(learnerId, settings, start,
				new HashSet<>(this.log.findQuestionIdsReviewedSince(learnerId, start)));
	}

	/**
	 * Due reviews first (soonest due first), then new cards under the day's allowance,
	 * among the candidates (in the caller's order of preference). Reads the learner's own
	 * cards, never the candidates: those may be the whole bank.
	 */
	DueCards due(StudyDay day, Instant now, Collection<String> candidates) {
		if (candidates.isEmpty()) {
			return new DueCards(List.of(), List.of());
		}
		long learnerId = day.learnerId();
		// the learner's cards, matched here: sending every candidate id (the whole bank)
		// in an IN list cost more than answering a card, and grew with the bank
		Set<String> offered = (candidates instanceof Set<String> set) ? set : new HashSet<>(candidates);
		Set<String> started = new HashSet<>();
		List<LearnerCard> dueBegun = new ArrayList<>();
		for (LearnerCard card : this.cards.findCardsOf(learnerId)) {
			if (card.begun() || card.suspended()) {
				started.add(card.questionId());
			}
			if (card.begun() && !card.suspended() && !card.due().isAfter(now)) {
				dueBegun.add(card);
			}
		}
		SrsSettings settings = day.settings();
		long introduced = this.log.countIntroducedSince(learnerId, day.start());
		// cards answered today that were not new today count against the review limit
		long reviewed = day.answered().size() - introduced;
		List<String> reviews = dueBegun.stream()
			.map(LearnerCard::questionId)
			.filter(offered::contains)
			.limit(Math.max(0, settings.reviewsPerDay() - reviewed))
			.toList();
		long allowance = Math.max(0, settings.newCardsPerDay() - introduced);
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

}
