package app.quarry.study;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** The dashboard's figures for a learner, and mastery per document. */
@Service
public class ProgressService {

	private final LearnerProgress progress;

	private final QuestionCatalog catalog;

	private final Clock clock;

	private final LearnerSchedule schedule;

	ProgressService(LearnerProgress progress, LearnerSchedule schedule, QuestionCatalog catalog,
			ObjectProvider<Clock> clock) {
		this.progress = progress;
		this.schedule = schedule;
		this.catalog = catalog;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public LearnerProgress.Figures figures(long learnerId) {
		return this.progress.figures(learnerId, this.clock.instant());
	}

	/**
	 * New cards the learner may still start today, among all the bank's questions and
	 * their own decks' cards.
	 */
	public int newToday(long learnerId) {
		List<String> ids = cardsOf(learnerId).stream().map(StudyCard::questionId).toList();
		return this.schedule.due(learnerId, ids, this.clock.instant()).fresh().size();
	}

	/**
	 * Cards by state, reviews per day over the last 30 days, intervals, answer buttons
	 * and retention by interval over the last year.
	 */
	public ProgressStatistics statistics(long learnerId) {
		List<String> ids = cardsOf(learnerId).stream().map(StudyCard::questionId).toList();
		LearnerProgress.Figures figures = figures(learnerId);
		return ProgressStatistics.of(ids, this.progress.cards(learnerId), this.progress.reviews(learnerId, 365),
				figures.today(), 30);
	}

	/**
	 * One row per document, in the catalog's document order, then one per deck of the
	 * learner's own.
	 */
	public List<DocumentMastery> mastery(long learnerId) {
		List<QuestionCatalog.DocumentChoice> documents = new ArrayList<>(this.catalog.documents());
		documents.addAll(this.catalog.ownDocuments(learnerId));
		return mastery(documents, cardsOf(learnerId), this.progress.matureQuestionIds(learnerId),
				this.progress.studiedQuestionIds(learnerId));
	}

	/**
	 * The material, for anyone: each document with its number of questions (none
	 * studied).
	 */
	public List<DocumentMastery> material() {
		return mastery(this.catalog.documents(), this.catalog.studyCards(), Set.of(), Set.of());
	}

	/** The shared bank's cards and the learner's own. */
	private List<StudyCard> cardsOf(long learnerId) {
		List<StudyCard> cards = new ArrayList<>(this.catalog.studyCards());
		cards.addAll(this.catalog.ownCards(learnerId));
		return cards;
	}

	private static List<DocumentMastery> mastery(List<QuestionCatalog.DocumentChoice> documents, List<StudyCard> cards,
			Set<String> mature, Set<String> studied) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (QuestionCatalog.DocumentChoice document : documents) {
			counts.put(document.id(), new int[3]);
		}
		for (StudyCard card : cards) {
			int[] count = counts.computeIfAbsent(card.documentId(), id -> new int[3]);
			count[0]++;
			count[1] += studied.contains(card.questionId()) ? 1 : 0;
			count[2] += mature.contains(card.questionId()) ? 1 : 0;
		}
		Map<String, String> titles = new LinkedHashMap<>();
		documents.forEach(document -> titles.put(document.id(), document.title()));
		return counts.entrySet()
			.stream()
			.map(entry -> new DocumentMastery(entry.getKey(), titles.getOrDefault(entry.getKey(), entry.getKey()),
					entry.getValue()[0], entry.getValue()[1], entry.getValue()[2]))
			.toList();
	}

}
