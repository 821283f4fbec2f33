package app.quarry.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failed log-ins are counted per login name and per client
 * address; after {@value #FREE_FAILURES} failures in a row
 * ({@value #FREE_FAILURES_PER_ADDRESS} for an address), each further failure blocks that
 * key for twice as long as the one before (1 s, 2 s, 4 s, ... up to {@link #MAX_BLOCK}).
 * A success clears the login name's count. Counts live in memory: a restart forgives.
 *
 * <p>
 * Blocking per login name lets someone delay a person's log-in by guessing wrong on
 * purpose; the cap of 15 minutes bounds that nuisance while still making online guessing
 * hopeless (about a hundred guesses a day per name).
 */
class LoginThrottle {

	static final int FREE_FAILURES = 3;

	/** Higher for an address: a class behind one school router shares it. */
	static final int FREE_FAILURES_PER_ADDRESS = 20;

	static final Duration MAX_BLOCK = Duration.ofMinutes(15);

	/**
	 * Entries quiet for this long are forgotten, so the map cannot grow without bound.
	 */
	private static final Duration FORGET_AFTER = Duration.ofHours(24);

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/**
	 * How long the caller must wait before this login from this address is tried; zero if
	 * not blocked.
	 */
	Duration remainingBlock(String login, String address) {
		Instant now = this.clock.instant();
		Duration byLogin = remaining(loginKey(login), now);
		Duration byAddress = remaining(addressKey(address), now);
		return (byLogin.compareTo(byAddress) >= 0) ? byLogin : byAddress;
	}

	void recordFailure(String login, String address) {
		Instant now = this.clock.instant();
		if (this.failures.size() > 100_000) {
			this.failures.values().removeIf(entry -> entry.last().plus(FORGET_AFTER).isBefore(now));
		}
		this.failures.merge(loginKey(login), Failures.first(FREE_FAILURES, now), (old, fresh) -> old.next(now));
		this.failures.merge(addressKey(address), Failures.first(FREE_FAILURES_PER_ADDRESS, now),
				(old, fresh) -> old.next(now));
	}

	void recordSuccess(String login) {
		this.failures.remove(loginKey(login));
	}

	private Duration remaining(String key, Instant now) {
		Failures entry = this.failures.get(key);
		if (entry == null || !entry.blockedUntil().isAfter(now)) {
			return Duration.ZERO;
		}
		return Duration.between(now, entry.blockedUntil());
	}

	private static String loginKey(String login) {
		return "login:" + CredentialRules.normalizeLogin(login);
	}

	private static String addressKey(String address) {
		return "address:" + ((address == null) ? "unknown" : address);
	}

	/** Consecutive failures of one key and until when that key is blocked. */
	record Failures(int free, int count, Instant last, Instant blockedUntil) {

		static Failures first(int free, Instant now) {
			return new Failures(free, 1, now, blockUntil(free, 1, now));
		}

		Failures next(Instant now) {
			return new Failures(this.free, this.count + 1, now, blockUntil(this.free, this.count + 1, now));
		}

		private static Instant blockUntil(int free, int count, Instant now) {
			if (count < free) {
				return now;
			}
			int doublings = Math.min(count - free, 20);
			Duration block = Duration.ofSeconds(1L << doublings);
			return now.plus((block.compareTo(MAX_BLOCK) > 0) ? MAX_BLOCK : block);
		}

	}

}
