package app.quarry.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The one rate limiter: log-in, sign-up, join codes and password changes count their
 * attempts here, per {@link RateLimit} and subject (a login name, an address, an
 * account). Counters live in the {@code rate_limit_counters} table so that every node of
 * the app shares them and a restart does not forgive them.
 *
 * <p>
 * Each count is written in a transaction of its own ({@link RateLimitCounters}): the
 * refusal that caused it usually rolls back the caller's transaction, and the count must
 * stay.
 */
@Component
public class RateLimiter {

	/** Every this many counted attempts, counters quiet for a day are deleted. */
	private static final int SWEEP_EVERY = 500;

	private static final Duration SWEEP_AFTER = Duration.ofHours(24);

	private final RateLimitCounters counters;

	private final Clock clock;

	private final AtomicInteger writes = new AtomicInteger();

	@Autowired
	RateLimiter(RateLimitCounters counters, ObjectProvider<Clock> clock) {
		this(counters, clock.getIfAvailable(Clock::systemUTC));
	}

	RateLimiter(RateLimitCounters counters, Clock clock) {
		this.counters = counters;
		this.clock = clock;
	}

	/** How long this subject must wait before its next attempt; zero if it need not. */
	public Duration remaining(RateLimit limit, String subject) {
		Instant now = this.clock.instant();
		return this.counters.blockedUntil(key(limit, subject))
			.filter(until -> until.isAfter(now))
			.map(until -> Duration.between(now, until))
			.orElse(Duration.ZERO);
	}

	/**
	 * Refuses the attempt if the subject is blocked.
	 * @throws TooManyAttempts saying how long to wait
	 */
	public void check(RateLimit limit, String subject) {
		Duration wait = remaining(limit, subject);
		if (!wait.isZero()) {
			throw new TooManyAttempts(wait);
		}
	}

	/** Counts one attempt (a failure, or for sign-up any attempt) of this subject. */
	public void record(RateLimit limit, String subject) {
		String key = key(limit, subject);
		try {
			this.counters.count(limit, key, this.clock.instant());
		}
		catch (DataIntegrityViolationException firstOfThisKeyOnTwoNodes) {
			// another node inserted the same new key at the same moment: count on its row
			this.counters.count(limit, key, this.clock.instant());
		}
		if (this.writes.incrementAndGet() % SWEEP_EVERY == 0) {
			this.counters.sweep(this.clock.instant(), SWEEP_AFTER);
		}
	}

	/** Forgets the subject's count, e.g. after a successful log-in. */
	public void reset(RateLimit limit, String subject) {
		this.counters.forget(key(limit, subject));
	}

	private static String key(RateLimit limit, String subject) {
		String plain = (subject == null || subject.isBlank()) ? "unknown" : subject;
		String key = limit.name() + ":" + plain;
		// the column holds 400 characters; a longer subject is cut, never refused
		return (key.length() > 400) ? key.substring(0, 400) : key;
	}

}
