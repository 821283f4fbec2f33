package app.quarry.study;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import app.quarry.bank.grading.AnswerMatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Opens study sessions for a learner and records their answers: the thin shell around
 * {@link StudySession}, wired to the bank ({@link QuestionCatalog}) and spaced repetition
 * ({@link LearnerSchedule}).
 */
@Service
public class StudyService {

	private final QuestionCatalog catalog;

	private final LearnerSchedule schedule;

	private final Clock clock;

	private volatile AnswerMatcher matcher;

	StudyService(QuestionCatalog catalog, LearnerSchedule schedule, ObjectProvider<Clock> clock) {
		this.catalog = catalog;
		this.schedule = schedule;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** A session over the learner's due cards that the filter admits, reviews first. */
	public StudySession open(long learnerId, StudyFilter filter) {
		Instant now = this.clock.instant();
		List<StudyCard> all = new java.util.ArrayList<>(this.catalog.studyCards());
		all.addAll(this.catalog.ownCards(learnerId));
		List<StudyCard> cards = all.stream().filter(filter::matches).toList();
		Set<String> answeredToday = this.schedule.answeredToday(learnerId, now);
		// srs introduces new cards in the order offered: one per fact first
		List<String> ids = StudyQueue.offerOrder(cards, answeredToday);
		LearnerSchedule.DueCards due = this.schedule.due(learnerId, ids, now);
		List<StudyCard> queue = StudyQueue.of(due.reviews(), due.fresh(), due.newLeftToday(), all, filter,
				answeredToday);
		return new StudySession(queue, Set.copyOf(due.fresh()), matcher(), ThreadLocalRandom.current().nextLong());
	}

	/** The next interval of each rating for this card now, in rating order. */
	public Map<Rating, Duration> preview(long learnerId, String questionId) {
		return new EnumMap<>(this.schedule.preview(learnerId, questionId, this.clock.instant()));
	}

	/** Records the review (committed when this returns), as of now. */
	public void record(long learnerId, ReviewToRecord review) {
		Instant now = this.clock.instant();
		this.schedule.record(learnerId, review.questionId(), review.rating(), now, review.taken());
	}

	/** The session's recorder for this learner. */
	public ReviewRecorder recorderFor(long learnerId) {
		return review -> record(learnerId, review);
	}

	public List<QuestionCatalog.DocumentChoice> documents() {
		return this.catalog.documents();
	}

	/** The shared documents and then the learner's own decks, for the study filter. */
	public List<QuestionCatalog.DocumentChoice> documents(long learnerId) {
		List<QuestionCatalog.DocumentChoice> documents = new java.util.ArrayList<>(this.catalog.documents());
		documents.addAll(this.catalog.ownDocuments(learnerId));
		return documents;
	}

	/** The question types present in the bank, sorted. */
	public List<String> questionTypes() {
		return this.catalog.studyCards().stream().map(StudyCard::type).distinct().sorted().toList();
	}

	public String sentenceLink(StudyCard card) {
		return this.catalog.sentenceLink(card.documentId(), card.sourceStart(), card.sourceEnd());
	}

	public Instant now() {
		return this.clock.instant();
	}

	private AnswerMatcher matcher() {
		AnswerMatcher current = this.matcher;
		if (current == null) {
			current = new AnswerMatcher(this.catalog.knownPeople());
			this.matcher = current;
		}
		return current;
	}

}
