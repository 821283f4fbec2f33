package app.quarry.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules a login name and a password must follow. Length is what makes a password
 * strong, so there is a minimum length and no composition rules.
 */
public final class CredentialRules {

	/** Fewer characters than this are refused. */
	public static final int MIN_PASSWORD_LENGTH = 10;

	/**
	 * bcrypt reads only the first 72 bytes; longer passwords would be silently truncated.
	 */
	public static final int MAX_PASSWORD_BYTES = 72;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

	private CredentialRules() {
	}

	/** The form a login is stored and looked up in: trimmed and lower-cased. */
	public static String normalizeLogin(String login) {
		return (login == null) ? "" : login.strip().toLowerCase(Locale.ROOT);
	}

	/** A message saying what is wrong with the login, or null when it is acceptable. */
	public static String loginProblem(String login) {
		String normalized = normalizeLogin(login);
		if (normalized.length() > 254
				|| !(EMAIL.matcher(normalized).matches() || USER_NAME.matcher(normalized).matches())) {
			return "Use an email address, or a user name of 3 to 32 letters, digits, dots, dashes or underscores.";
		}
		return null;
	}

	/**
	 * A message saying what is wrong with the password, or null when it is acceptable.
	 */
	public static String passwordProblem(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			return "Use a password of at least " + MIN_PASSWORD_LENGTH + " characters.";
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			return "Use a password of at most " + MAX_PASSWORD_BYTES + " bytes (about 70 letters).";
		}
		if (password.isBlank()) {
			return "A password cannot be only spaces.";
		}
		return null;
	}

}
