package app.quarry.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one rate limiter: log-in, sign-up, join codes and password changes count their
 * attempts here, per {@link RateLimit} and subject (a login name, an address, an
 * account). Counters live in the {@code rate_limit_counters} table so that every node of
 * the app shares them and a restart does not forgive them.
 *
 * <p>
 * Each count is written in a transaction of its own: the refusal that caused it usually
 * rolls back the caller's transaction, and the count must stay.
 */
@Component
public class RateLimiter {

	/** Every this many counted attempts, counters quiet for a day are deleted. */
	private static final int SWEEP_EVERY = 500;

	private static final Duration SWEEP_AFTER = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final AtomicInteger writes = new AtomicInteger();

	@Autowired
	RateLimiter(DataSource dataSource, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
		this(dataSource, transactions, clock.getIfAvailable(Clock::systemUTC));
	}

	RateLimiter(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** How long this subject must wait before its next attempt; zero if it need not. */
	public Duration remaining(RateLimit limit, String subject) {
		Instant now = this.clock.instant();
		return this.ownTransaction
			.execute(status -> this.jdbc.sql("SELECT blocked_until FROM rate_limit_counters WHERE counter_key = ?")
				.param(key(limit, subject))
				.query((row, n) -> row.getObject(1, OffsetDateTime.class).toInstant())
				.optional()
				.filter(until -> until.isAfter(now))
				.map(until -> Duration.between(now, until))
				.orElse(Duration.ZERO));
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
			this.ownTransaction.executeWithoutResult(status -> count(limit, key));
		}
		catch (DataIntegrityViolationException firstOfThisKeyOnTwoNodes) {
			// another node inserted the same new key at the same moment: count on its row
			this.ownTransaction.executeWithoutResult(status -> count(limit, key));
		}
		if (this.writes.incrementAndGet() % SWEEP_EVERY == 0) {
			sweep();
		}
	}

	/** Forgets the subject's count, e.g. after a successful log-in. */
	public void reset(RateLimit limit, String subject) {
		this.ownTransaction
			.executeWithoutResult(status -> this.jdbc.sql("DELETE FROM rate_limit_counters WHERE counter_key = ?")
				.param(key(limit, subject))
				.update());
	}

	private void count(RateLimit limit, String key) {
		Instant now = this.clock.instant();
		Optional<Counter> current = this.jdbc
			.sql("SELECT attempts, last_attempt_at FROM rate_limit_counters WHERE counter_key = ? FOR UPDATE")
			.param(key)
			.query((row, n) -> new Counter(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant()))
			.optional();
		int attempts = current.filter(counter -> counter.last().plus(limit.forgetAfter()).isAfter(now))
			.map(counter -> counter.attempts() + 1)
			.orElse(1);
		OffsetDateTime at = utc(now);
		OffsetDateTime blockedUntil = utc(now.plus(limit.blockAfter(attempts)));
		if (current.isPresent()) {
			this.jdbc
				.sql("UPDATE rate_limit_counters SET attempts = ?, last_attempt_at = ?, blocked_until = ? "
						+ "WHERE counter_key = ?")
				.params(attempts, at, blockedUntil, key)
				.update();
		}
		else {
			this.jdbc
				.sql("INSERT INTO rate_limit_counters (counter_key, attempts, last_attempt_at, blocked_until) "
						+ "VALUES (?, ?, ?, ?)")
				.params(key, attempts, at, blockedUntil)
				.update();
		}
	}

	private void sweep() {
		Instant before = this.clock.instant().minus(SWEEP_AFTER);
		this.ownTransaction.executeWithoutResult(status -> this.jdbc
			.sql("DELETE FROM rate_limit_counters WHERE last_attempt_at < ? AND blocked_until < ?")
			.params(utc(before), utc(before))
			.update());
	}

	private static String key(RateLimit limit, String subject) {
		String plain = (subject == null || subject.isBlank()) ? "unknown" : subject;
		String key = limit.name() + ":" + plain;
		// the column holds 400 characters; a longer subject is cut, never refused
		return (key.length() > 400) ? key.substring(0, 400) : key;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Counter(int attempts, Instant last) {
	}

}
