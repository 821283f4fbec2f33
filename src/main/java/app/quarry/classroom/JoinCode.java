package app.quarry.classroom;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A class's join code: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * so a code read aloud or copied from a board is typed right; about 10^12 codes, so
 * guessing one is hopeless. Typed codes are normalised: case, spaces and dashes do not
 * matter.
 *
 * @param code the canonical code, upper case
 * @param expiresAt after this instant the code no longer admits anyone
 */
public record JoinCode(String code, Instant expiresAt) {

	/** Letters and digits that cannot be mistaken for one another. */
	public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	public static final int LENGTH = 8;

	public static JoinCode generate(RandomGenerator random, Instant expiresAt) {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return new JoinCode(code.toString(), expiresAt);
	}

	/**
	 * The canonical form of what someone typed, or empty when it cannot be a code (wrong
	 * length or a character outside the alphabet).
	 */
	public static Optional<String> normalise(String typed) {
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(code);
	}

	public boolean isExpiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	/** The code shown as two groups of four, easier to read aloud. */
	public String display() {
		return this.code.substring(0, 4) + "-" + this.code.substring(4);
	}

}
