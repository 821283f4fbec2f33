package app.quarry.study;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final ObjectProvider<CardEditor> editors;

	StudyService(QuestionCatalog catalog, LearnerSchedule schedule, ObjectProvider<Clock> clock,
			ObjectProvider<CardEditor> editors) {
		this.catalog = catalog;
		this.schedule = schedule;
		this.editors = editors;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** A session over the learner's due cards that the filter admits, reviews first. */
	// one read-only transaction for the reads of an opening, not one each
	@Transactional(readOnly = true)
	public StudySession open(long learnerId, StudyFilter filter) {
		Instant now = this.clock.instant();
		LearnerSchedule.StudyDay day = this.schedule.studyDay(learnerId, now);
		Set<String> answeredToday = day.answered();
		// the bank's one-card-per-fact order is kept with the bank: only the facts
		// answered
		// today and the learner's own cards are ordered again, not the whole bank
		FactOrder.Offer offered = this.catalog.factOrder()
			.offer(this.catalog.ownCards(learnerId), filter, answeredToday);
		// srs introduces new cards in the order offered: one per fact first
		LearnerSchedule.DueCards due = day.due(offered);
		List<StudyCard> queue = StudyQueue.of(due.reviews(), due.fresh(), due.newLeftToday(), offered::card, filter,
				offered.answered());
		return new StudySession(queue, Set.copyOf(due.fresh()), this.catalog.nameMatcher(),
				ThreadLocalRandom.current().nextLong());
	}

	/**
	 * A custom session (see {@link CustomStudy}); record its answers with
	 * {@link #recorderFor(long, CustomStudy)} so that they change the schedule only when
	 * asked to.
	 */
	public StudySession openCustom(long learnerId, CustomStudy custom) {
		Map<String, Instant> due = this.schedule.dueTimes(learnerId);
		// the learner's own decks too, as in a regular session
		List<StudyCard> cards = new java.util.ArrayList<>(this.catalog.studyCards());
		cards.addAll(this.catalog.ownCards(learnerId));
		List<StudyCard> queue = CustomQueue.of(custom, cards, due,
				this.schedule.forgotten(learnerId, CustomStudy.FORGOTTEN_DAYS), this.schedule.flagged(learnerId),
				this.schedule.suspended(learnerId));
		Set<String> fresh = new java.util.HashSet<>();
		queue.stream().map(StudyCard::questionId).filter(id -> !due.containsKey(id)).forEach(fresh::add);
		return new StudySession(queue, fresh, this.catalog.nameMatcher(), ThreadLocalRandom.current().nextLong());
	}

	/**
	 * Records a custom session's answers only when it reschedules; else keeps nothing.
	 */
	public ReviewRecorder recorderFor(long learnerId, CustomStudy custom) {
		return custom.reschedule() ? recorderFor(learnerId) : review -> {
		};
	}

	/** Takes back recorded answers: those {@link #recorderFor(long)} stored. */
	public ReviewUndoer undoerFor(long learnerId) {
		return questionId -> this.schedule.undo(learnerId, questionId);
	}

	/** Takes back what {@link #recorderFor(long, CustomStudy)} stored, if anything. */
	public ReviewUndoer undoerFor(long learnerId, CustomStudy custom) {
		return custom.reschedule() ? undoerFor(learnerId) : questionId -> {
		};
	}

	/** Suspends the card: it leaves every queue until brought back. */
	public void suspend(long learnerId, String questionId) {
		this.schedule.suspend(learnerId, questionId, true);
	}

	public void unsuspend(long learnerId, String questionId) {
		this.schedule.suspend(learnerId, questionId, false);
	}

	/** Flags (or unflags) the card as a bad question, for whoever reviews the bank. */
	public void flag(long learnerId, String questionId, boolean flagged) {
		this.schedule.flag(learnerId, questionId, flagged);
	}

	/** Where {@code who} may edit the question, if anywhere (see {@link CardEditor}). */
	public Optional<String> editorRoute(app.quarry.account.Account who, String questionId) {
		return this.editors.orderedStream()
			.map(editor -> editor.editorRoute(who, questionId))
			.flatMap(Optional::stream)
			.findFirst();
	}

	public boolean isFlagged(long learnerId, String questionId) {
		return this.schedule.flagged(learnerId).contains(questionId);
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

}
