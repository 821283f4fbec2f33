package app.quarry.bank;

/**
 * A bank file that cannot be read; the message names the place (line and column, or the
 * field's path such as {@code questions[3].source.start}) and what is wrong there.
 */
public class BankFormatException extends RuntimeException {

	public BankFormatException(String message) {
		super(message);
	}

}
