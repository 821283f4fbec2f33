package app.quarry.srs.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The quiz attempts whose answers are recorded as reviews (table
 * {@code srs_recorded_attempt}), so that a submission delivered again records nothing
 * twice.
 */
@Component
public class RecordedAttempts {

	private final JdbcTemplate jdbc;

	RecordedAttempts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Notes the attempt as recorded in the current transaction; false if it was already.
	 * A transaction noting it at the same time on another node makes this one fail on the
	 * key instead, and a retry then finds it noted.
	 */
	public boolean note(long attemptId, long learnerId, Instant at) {
		Integer already = this.jdbc.queryForObject("SELECT COUNT(*) FROM srs_recorded_attempt WHERE attempt_id = ?",
				Integer.class, attemptId);
		if (already != null && already > 0) {
			return false;
		}
		this.jdbc.update("INSERT INTO srs_recorded_attempt (attempt_id, learner_id, recorded_at) VALUES (?, ?, ?)",
				attemptId, learnerId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
		return true;
	}

}
