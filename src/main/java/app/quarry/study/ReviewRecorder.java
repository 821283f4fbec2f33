package app.quarry.study;

/**
 * Writes a review durably: returns only once the review is committed, and throws when it
 * could not be, so a session never moves past an answer that was not stored.
 */
@FunctionalInterface
public interface ReviewRecorder {

	void record(ReviewToRecord review);

}
