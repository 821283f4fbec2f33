package app.quarry.study;

import java.time.Clock;
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

	/** New cards the learner may still start today, among all the bank's questions. */
	public int newToday(long learnerId) {
		List<String> ids = this.catalog.studyCards().stream().map(StudyCard::questionId).toList();
		return this.schedule.due(learnerId, ids, this.clock.instant()).fresh().size();
	}

	/**
	 * Cards by state, reviews per day over the last 30 days, intervals, answer buttons
	 * and retention by interval over the last year.
	 */
	public ProgressStatistics statistics(long learnerId) {
		List<String> ids = this.catalog.studyCards().stream().map(StudyCard::questionId).toList();
		LearnerProgress.Figures figures = figures(learnerId);
		return ProgressStatistics.of(ids, this.progress.cards(learnerId), this.progress.reviews(learnerId, 365),
				figures.today(), 30);
	}

	/** One row per document, in the catalog's document order. */
	public List<DocumentMastery> mastery(long learnerId) {
		return mastery(this.progress.matureQuestionIds(learnerId), this.progress.studiedQuestionIds(learnerId));
	}

	/**
	 * The material, for anyone: each document with its number of questions (none
	 * studied).
	 */
	public List<DocumentMastery> material() {
		return mastery(Set.of(), Set.of());
	}

	private List<DocumentMastery> mastery(Set<String> mature, Set<String> studied) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (QuestionCatalog.DocumentChoice document : this.catalog.documents()) {
			counts.put(document.id(), new int[3]);
		}
		for (StudyCard card : this.catalog.studyCards()) {
			int[] count = counts.computeIfAbsent(card.documentId(), id -> new int[3]);
			count[0]++;
			count[1] += studied.contains(card.questionId()) ? 1 : 0;
			count[2] += mature.contains(card.questionId()) ? 1 : 0;
		}
		Map<String, String> titles = new LinkedHashMap<>();
		this.catalog.documents().forEach(document -> titles.put(document.id(), document.title()));
		return counts.entrySet()
			.stream()
			.map(entry -> new DocumentMastery(entry.getKey(), titles.getOrDefault(entry.getKey(), entry.getKey()),
					entry.getValue()[0], entry.getValue()[1], entry.getValue()[2]))
			.toList();
	}

}
