package app.quarry.account;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code rate_limit_counters} table that every node shares. Each read and write is a
 * transaction of its own: the refusal that caused a count usually rolls back the caller's
 * transaction, and the count must stay.
 */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
class RateLimitCounters {

	private final JdbcClient jdbc;

	RateLimitCounters(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** When the key's block ends, if it is blocked at all. */
	public Optional<Instant> blockedUntil(String key) {
		return this.jdbc.sql("SELECT blocked_until FROM rate_limit_counters WHERE counter_key = ?")
			.param(key)
			.query((row, n) -> row.getObject(1, OffsetDateTime.class).toInstant())
			.optional();
	}

	/**
	 * Counts one attempt at {@code now}: attempts older than the limit's memory start the
	 * count again, and the block grows with the count.
	 */
	public void count(RateLimit limit, String key, Instant now) {
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

	/** Forgets the key's count. */
	public void forget(String key) {
		this.jdbc.sql("DELETE FROM rate_limit_counters WHERE counter_key = ?").param(key).update();
	}

	/**
	 * Deletes the counters neither counted nor blocking for {@code quiet} before
	 * {@code now}.
	 */
	public void sweep(Instant now, Duration quiet) {
		OffsetDateTime before = utc(now.minus(quiet));
		this.jdbc.sql("DELETE FROM rate_limit_counters WHERE last_attempt_at < ? AND blocked_until < ?")
			.params(before, before)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Counter(int attempts, Instant last) {
	}

}
