package app.quarry.study;

import app.quarry.base.PureCore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import app.quarry.bank.Siblings;

/**
 * Orders a session's cards: due reviews first (in the order given, most overdue first),
 * then new cards up to what is left of the day's new-card limit; only cards the filter
 * admits. One card per fact: the siblings of a card answered earlier in the study day are
 * buried until the next one, and of the siblings due now only the first is shown (see
 * {@link Siblings}).
 */
@PureCore
public final class StudyQueue {

	private StudyQueue() {
	}

	public static List<StudyCard> of(List<String> dueReviewIds, List<String> newIds, int newCardsLeftToday,
			List<StudyCard> cards, StudyFilter filter) {
		return of(dueReviewIds, newIds, newCardsLeftToday, cards, filter, Set.of());
	}

	/**
	 * @param answeredToday question ids the learner answered earlier in this study day
	 */
	public static List<StudyCard> of(List<String> dueReviewIds, List<String> newIds, int newCardsLeftToday,
			List<StudyCard> cards, StudyFilter filter, Collection<String> answeredToday) {
		Map<String, StudyCard> byId = new HashMap<>();
		List<Siblings.Card> answered = new ArrayList<>();
		for (StudyCard card : cards) {
			byId.put(card.questionId(), card);
			if (answeredToday.contains(card.questionId())) {
				answered.add(card.fact());
			}
		}
		return of(dueReviewIds, newIds, newCardsLeftToday, byId::get, filter, answered);
	}

	/**
	 * As {@link #of(List, List, int, List, StudyFilter, Collection)}, finding only the
	 * cards asked for (not going through the whole bank).
	 * @param cards the card of a question id, or null
	 * @param answered the cards the learner answered earlier in this study day
	 */
	public static List<StudyCard> of(List<String> dueReviewIds, List<String> newIds, int newCardsLeftToday,
			Function<String, StudyCard> cards, StudyFilter filter, Collection<Siblings.Card> answered) {
		Set<String> looked = new HashSet<>();
		List<StudyCard> reviews = take(dueReviewIds, cards, filter, looked);
		List<StudyCard> fresh = take(newIds, cards, filter, looked);
		List<StudyCard> candidates = new ArrayList<>(reviews);
		candidates.addAll(fresh);
		List<StudyCard> shown = Siblings.onePerFact(Siblings.withoutSiblingsOf(answered, candidates, StudyCard::fact),
				StudyCard::fact);
		Set<String> reviewIds = new HashSet<>(dueReviewIds);
		List<StudyCard> queue = new ArrayList<>();
		int newLeft = Math.max(0, newCardsLeftToday);
		for (StudyCard card : shown) {
			if (reviewIds.contains(card.questionId())) {
				queue.add(card);
			}
			else if (newLeft > 0) {
				queue.add(card);
				newLeft--;
			}
		}
		return queue;
	}

	/**
	 * The order to offer cards to spaced repetition in, which introduces new cards in
	 * this order up to the day's limit: first one card of each fact that is not buried,
	 * then the rest, so that the limit is not spent on cards that would be left out.
	 */
	public static List<String> offerOrder(List<StudyCard> cards, Collection<String> answeredToday) {
		List<Siblings.Card> answered = cards.stream()
			.filter(card -> answeredToday.contains(card.questionId()))
			.map(StudyCard::fact)
			.toList();
		List<StudyCard> first = Siblings.onePerFact(Siblings.withoutSiblingsOf(answered, cards, StudyCard::fact),
				StudyCard::fact);
		Set<String> ids = new java.util.LinkedHashSet<>();
		first.forEach(card -> ids.add(card.questionId()));
		cards.forEach(card -> ids.add(card.questionId()));
		return List.copyOf(ids);
	}

	/** The admitted cards of the ids, each id taken once (a review before a new card). */
	private static List<StudyCard> take(List<String> ids, Function<String, StudyCard> cards, StudyFilter filter,
			Set<String> looked) {
		List<StudyCard> taken = new ArrayList<>();
		for (String id : ids) {
			StudyCard card = looked.add(id) ? cards.apply(id) : null;
			if (card != null && filter.matches(card)) {
				taken.add(card);
			}
		}
		return taken;
	}

}
