package app.quarry.srs;

/** Settings a learner cannot have; the message says which value and the allowed range. */
public class InvalidSettingsException extends IllegalArgumentException {

	public InvalidSettingsException(String message) {
		super(message);
	}

}
