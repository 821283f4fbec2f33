package app.quarry.study;

/**
 * Takes back the last recorded answer to a question, durably: returns once the card's
 * previous state is stored, and throws when it could not be.
 */
@FunctionalInterface
public interface ReviewUndoer {

	void undo(String questionId);

}
