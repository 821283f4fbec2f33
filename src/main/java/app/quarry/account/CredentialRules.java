package app.quarry.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules a login name, a display name and a password must follow, in one place so that
 * sign-up, the password change and the admin's form all say the same. Length is what
 * makes a password strong, so there is a minimum length and no composition rules; what is
 * refused besides is what guessers try first: the most common passwords and the person's
 * own name.
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

	static final String INVISIBLE_LOGIN = "An email or user name cannot contain invisible, control or text-direction characters.";

	static final String COMMON_PASSWORD = "This password is one of the most common ones, which are the first that "
			+ "anyone guessing tries. Choose another; a few unrelated words make a good one.";

	static final String PASSWORD_HAS_LOGIN = "A password must not contain your email or user name: it is the first "
			+ "thing a guesser tries.";

	static final String INVISIBLE_NAME = "Your name is made only of invisible characters. Type a name others can "
			+ "read, or leave it empty.";

	static final String CONTROL_IN_NAME = "Your name cannot contain control characters such as tabs or line breaks.";

	static final String BIDI_IN_NAME = "Your name cannot contain characters that reverse or reorder the text around it.";

	/** Shorter login names (or email local parts) are too common in words to forbid. */
	private static final int SHORTEST_NAME_FORBIDDEN_IN_PASSWORD = 3;

	private CredentialRules() {
	}

	/** The form a login is stored and looked up in: trimmed and lower-cased. */
	public static String normalizeLogin(String login) {
		return (login == null) ? "" : login.strip().toLowerCase(Locale.ROOT);
	}

	/** A message saying what is wrong with the login, or null when it is acceptable. */
	public static String loginProblem(String login) {
		String normalized = normalizeLogin(login);
		if (normalized.codePoints().anyMatch(c -> isControl(c) || isBidiControl(c) || isInvisible(c))) {
			return INVISIBLE_LOGIN;
		}
		if (normalized.length() > 254
				|| !(EMAIL.matcher(normalized).matches() || USER_NAME.matcher(normalized).matches())) {
			return "Use an email address, or a user name of 3 to 32 letters, digits, dots, dashes or underscores.";
		}
		return null;
	}

	/**
	 * A message saying what is wrong with a display name, or null when it is acceptable.
	 * Empty or only spaces is acceptable (the login stands in for it); a name that looks
	 * empty but is not, or that hides control or text-direction characters, would make
	 * the person unrecognisable or garble the rosters and grade books it is shown in.
	 */
	public static String displayNameProblem(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		if (name.codePoints().anyMatch(CredentialRules::isControl)) {
			return CONTROL_IN_NAME;
		}
		if (name.codePoints().anyMatch(CredentialRules::isBidiControl)) {
			return BIDI_IN_NAME;
		}
		if (name.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c))) {
			return INVISIBLE_NAME;
		}
		return null;
	}

	/**
	 * A message saying what is wrong with the password chosen for this login, or null
	 * when it is acceptable.
	 */
	public static String passwordProblem(String password, String login) {
		String problem = passwordProblem(password);
		if (problem != null) {
			return problem;
		}
		String name = normalizeLogin(login);
		if (name.contains("@")) {
			name = name.substring(0, name.indexOf('@'));
		}
		if (name.length() >= SHORTEST_NAME_FORBIDDEN_IN_PASSWORD && password.toLowerCase(Locale.ROOT).contains(name)) {
			return PASSWORD_HAS_LOGIN;
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
		if (CommonPasswords.contains(password)) {
			return COMMON_PASSWORD;
		}
		return null;
	}

	/**
	 * Control characters (tabs, line breaks, NUL, ...) and line or paragraph separators.
	 */
	private static boolean isControl(int c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
	}

	/**
	 * The embeddings, overrides and isolates that reorder the text after them (the marks
	 * LRM and RLM only nudge neutral characters and are left alone).
	 */
	private static boolean isBidiControl(int c) {
		return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

	/**
	 * Characters that take up no visible ink: format characters (zero-width spaces and
	 * joiners, the byte-order mark, soft hyphens) and the fillers that are letters or
	 * symbols by category but print as nothing.
	 */
	private static boolean isInvisible(int c) {
		return Character.getType(c) == Character.FORMAT || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164
				|| c == 0xFFA0 || c == 0x2800;
	}

}
