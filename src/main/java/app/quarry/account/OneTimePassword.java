package app.quarry.account;

import java.security.SecureRandom;

/**
 * A password given once, to be replaced at the first log-in with it: the first admin's,
 * and one an admin gives a person who forgot theirs.
 */
final class OneTimePassword {

	// No 0/O, 1/l/I: the password is read off a screen or a log and typed by hand.
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 20;

	private OneTimePassword() {
	}

	static String generate(SecureRandom random) {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
