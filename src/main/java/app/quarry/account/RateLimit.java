package app.quarry.account;

import java.time.Duration;

/**
 * What is counted, and how many attempts pass before each further one blocks its key for
 * twice as long as the one before (1 s, 2 s, 4 s, ... up to {@link #MAX_BLOCK}). A key
 * quiet for {@link #forgetAfter()} starts counting afresh.
 */
public enum RateLimit {

	/**
	 * Failed log-ins per login name. Blocking a name lets someone delay a person's log-in
	 * by guessing wrong on purpose; the cap bounds that nuisance while still making
	 * online guessing hopeless (about a hundred guesses a day per name).
	 */
	LOGIN_NAME(3, Duration.ofHours(24)),

	/**
	 * Failed log-ins per client address; higher, as a class behind one router shares it.
	 */
	LOGIN_ADDRESS(20, Duration.ofHours(24)),

	/**
	 * Sign-ups per client address, refused ones included: each one tells whether a login
	 * is taken, and each account made is another identity to guess join codes with. A
	 * class of forty signing up in one lesson behind one router still passes.
	 */
	SIGN_UP(40, Duration.ofHours(1)),

	/** Refused join codes per student account: codes must not be guessable by trying. */
	JOIN_CODE(5, Duration.ofHours(1)),

	/** Wrong current passwords per account, so a borrowed session cannot guess it. */
	PASSWORD_CHANGE(5, Duration.ofHours(24));

	/** The longest any key is blocked for, however many attempts it makes. */
	public static final Duration MAX_BLOCK = Duration.ofMinutes(15);

	private final int freeAttempts;

	private final Duration forgetAfter;

	RateLimit(int freeAttempts, Duration forgetAfter) {
		this.freeAttempts = freeAttempts;
		this.forgetAfter = forgetAfter;
	}

	/** Attempts before the first block; the attempt that reaches it blocks for 1 s. */
	public int freeAttempts() {
		return this.freeAttempts;
	}

	public Duration forgetAfter() {
		return this.forgetAfter;
	}

	/** How long a key is blocked after its {@code attempts}-th counted attempt. */
	Duration blockAfter(int attempts) {
		if (attempts < this.freeAttempts) {
			return Duration.ZERO;
		}
		Duration block = Duration.ofSeconds(1L << Math.min(attempts - this.freeAttempts, 20));
		return (block.compareTo(MAX_BLOCK) > 0) ? MAX_BLOCK : block;
	}

}
