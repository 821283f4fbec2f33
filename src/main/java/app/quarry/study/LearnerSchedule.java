package app.quarry.study;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What study needs of spaced repetition for one learner: what is due, previews,
 * recording.
 */
public interface LearnerSchedule {

	/**
	 * Due reviews (most urgent first) and new cards among the candidates, at an instant.
	 */
	DueCards due(long learnerId, Collection<String> candidateIds, Instant now);

	/**
	 * Question ids the learner answered in the study day that {@code now} falls in (the
	 * learner's zone and rollover hour), in study or in a quiz.
	 */
	java.util.Set<String> answeredToday(long learnerId, Instant now);

	/**
	 * The study day {@code now} falls in: what the learner answered in it, and what is
	 * due (as {@link #answeredToday} and {@link #due} tell, reading the learner's day
	 * once).
	 */
	StudyDay studyDay(long learnerId, Instant now);

	/** One learner's study day, read once. */
	interface StudyDay {

		java.util.Set<String> answered();

		/** As {@link LearnerSchedule#due}, at the instant the day was read at. */
		DueCards due(Collection<String> candidateIds);

	}

	/** The next interval each rating would give this card now. */
	Map<Rating, Duration> preview(long learnerId, String questionId, Instant now);

	/** Records one review; returns only once it is committed. */
	void record(long learnerId, String questionId, Rating rating, Instant at, Duration taken);

	/**
	 * Takes back the last answer to the question: its log row goes and the card returns
	 * to its state before it.
	 */
	void undo(long learnerId, String questionId);

	/** Suspends the card (it leaves every queue) or brings it back. */
	void suspend(long learnerId, String questionId, boolean suspended);

	/** Flags the card as a bad question for whoever reviews the bank, or unflags it. */
	void flag(long learnerId, String questionId, boolean flagged);

	java.util.Set<String> suspended(long learnerId);

	java.util.Set<String> flagged(long learnerId);

	/**
	 * The learner's started cards by question id: when each is due, soonest first.
	 */
	Map<String, Instant> dueTimes(long learnerId);

	/** Questions the learner answered Again in the last {@code days} study days. */
	java.util.Set<String> forgotten(long learnerId, int days);

	/** The learner's review log, oldest first. */
	List<LoggedReview> reviewLog(long learnerId);

	/** One row of the review log. */
	record LoggedReview(String questionId, Rating rating, Instant at, Duration taken) {
	}

	/**
	 * @param reviews question ids of due reviews, most urgent first
	 * @param fresh question ids never studied, in the order to introduce them
	 * @param newLeftToday how many new cards the learner's daily limit still allows
	 */
	record DueCards(List<String> reviews, List<String> fresh, int newLeftToday) {

		public DueCards {
			reviews = List.copyOf(reviews);
			fresh = List.copyOf(fresh);
		}

	}

}
