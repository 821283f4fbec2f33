package app.quarry.decks.exchange;

/** A deck file that cannot be read, with a message the learner can act on. */
public class DeckFormatException extends Exception {

	public DeckFormatException(String message) {
		super(message);
	}

	public DeckFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
