package app.quarry.study;

import app.quarry.base.PureCore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders a session's cards: due reviews first (in the order given, most overdue first),
 * then new cards up to what is left of the day's new-card limit; only cards the filter
 * admits.
 */
@PureCore
public final class StudyQueue {

	private StudyQueue() {
	}

	public static List<StudyCard> of(List<String> dueReviewIds, List<String> newIds, int newCardsLeftToday,
			List<StudyCard> cards, StudyFilter filter) {
		Map<String, StudyCard> byId = new LinkedHashMap<>();
		for (StudyCard card : cards) {
			if (filter.matches(card)) {
				byId.put(card.questionId(), card);
			}
		}
		List<StudyCard> queue = new ArrayList<>();
		for (String id : dueReviewIds) {
			StudyCard card = byId.remove(id);
			if (card != null) {
				queue.add(card);
			}
		}
		int newLeft = Math.max(0, newCardsLeftToday);
		for (String id : newIds) {
			if (newLeft == 0) {
				break;
			}
			StudyCard card = byId.remove(id);
			if (card != null) {
				queue.add(card);
				newLeft--;
			}
		}
		return queue;
	}

}
