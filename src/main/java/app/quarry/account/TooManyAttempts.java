package app.quarry.account;

import java.time.Duration;

/**
 * Refused because of too many recent attempts; the message says how long to wait, in
 * whole minutes rounded up.
 */
public class TooManyAttempts extends RegistrationRejected {

	private final Duration wait;

	public TooManyAttempts(Duration wait) {
		super(message(wait));
		this.wait = wait;
	}

	public Duration waitFor() {
		return this.wait;
	}

	static String message(Duration wait) {
		long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
		return "Too many attempts — try again in " + minutes + ((minutes == 1) ? " minute." : " minutes.");
	}

}
