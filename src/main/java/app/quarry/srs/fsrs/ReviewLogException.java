package app.quarry.srs.fsrs;

/**
 * A review log that cannot be read; the message names the line and what is wrong with it.
 */
public class ReviewLogException extends RuntimeException {

	public ReviewLogException(String message) {
		super(message);
	}

}
