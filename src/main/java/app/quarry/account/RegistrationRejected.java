package app.quarry.account;

/**
 * Sign-up or an account change was refused; the message says what to change and is safe
 * to show to the person who asked.
 */
public class RegistrationRejected extends RuntimeException {

	public RegistrationRejected(String message) {
		super(message);
	}

}
