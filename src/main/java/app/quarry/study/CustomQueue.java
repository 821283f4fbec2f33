package app.quarry.study;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import app.quarry.base.PureCore;

/**
 * The cards of a {@link CustomStudy}: those its filter and format admit and its selection
 * takes, up to its number. Suspended cards stay out, except when flagged cards are asked
 * for (a learner often suspends a card they flag).
 */
@PureCore
public final class CustomQueue {

	private CustomQueue() {
	}

	/**
	 * @param cards the bank's cards, in the catalog's order
	 * @param due the learner's started cards and when each is due, soonest first
	 * @param forgotten cards answered Again recently
	 */
	public static List<StudyCard> of(CustomStudy custom, List<StudyCard> cards, Map<String, Instant> due,
			Set<String> forgotten, Set<String> flagged, Set<String> suspended) {
		Map<String, StudyCard> admitted = new java.util.LinkedHashMap<>();
		cards.stream().filter(custom::admits).forEach(card -> admitted.put(card.questionId(), card));
		Predicate<StudyCard> notSuspended = card -> !suspended.contains(card.questionId());
		Stream<StudyCard> taken = switch (custom.selection()) {
			case AHEAD -> byDue(due, admitted).filter(notSuspended);
			case FORGOTTEN ->
				byDue(due, admitted).filter(card -> forgotten.contains(card.questionId())).filter(notSuspended);
			case FLAGGED -> admitted.values().stream().filter(card -> flagged.contains(card.questionId()));
			case NEW ->
				admitted.values().stream().filter(card -> !due.containsKey(card.questionId())).filter(notSuspended);
		};
		return taken.limit(custom.cards()).toList();
	}

	private static Stream<StudyCard> byDue(Map<String, Instant> due, Map<String, StudyCard> admitted) {
		return due.keySet().stream().map(admitted::get).filter(java.util.Objects::nonNull);
	}

}
