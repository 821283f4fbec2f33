package app.quarry.srs.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the rows of many reviews at once, one multi-row INSERT per table: a submitted
 * quiz's log rows and first cards. Hibernate sends an INSERT per row for tables with
 * identity keys, so a 20-answer quiz cost 40 statements here instead of two.
 */
@Component
public class ReviewRows {

	// well under PostgreSQL's 65,535 parameters per statement
	private static final int ROWS_PER_STATEMENT = 1000;

	private static final String LOG_COLUMNS = "INSERT INTO srs_review_log (learner_id, question_id, rating,"
			+ " reviewed_at, duration_ms, source, prior_interval_days) VALUES ";

	private static final String CARD_COLUMNS = "INSERT INTO srs_card (learner_id, question_id, state, step,"
			+ " stability, difficulty, due, last_review, reps, lapses, suspended, flagged) VALUES ";

	private final JdbcTemplate jdbc;

	ReviewRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Appends these entries to the review log. */
	public void insertLog(List<ReviewLogEntry> entries) {
		for (List<ReviewLogEntry> chunk : chunks(entries)) {
			this.jdbc.update((Connection connection) -> {
				PreparedStatement insert = connection.prepareStatement(LOG_COLUMNS + values(7, chunk.size()));
				int at = 1;
				for (ReviewLogEntry entry : chunk) {
					insert.setLong(at++, entry.getLearnerId());
					insert.setString(at++, entry.getQuestionId());
					insert.setInt(at++, entry.getRating());
					setTime(insert, at++, entry.getReviewedAt());
					setLong(insert, at++, entry.getDurationMs());
					insert.setString(at++, entry.getSource().name());
					insert.setInt(at++, entry.getPriorIntervalDays());
				}
				return insert;
			});
		}
	}

	/** Inserts cards the learner did not have yet, in the state they were given. */
	public void insertCards(List<CardEntity> cards) {
		for (List<CardEntity> chunk : chunks(cards)) {
			this.jdbc.update((Connection connection) -> {
				PreparedStatement insert = connection.prepareStatement(CARD_COLUMNS + values(12, chunk.size()));
				int at = 1;
				for (CardEntity card : chunk) {
					insert.setLong(at++, card.getLearnerId());
					insert.setString(at++, card.getQuestionId());
					insert.setString(at++, card.getState().name());
					insert.setInt(at++, card.getStep());
					setDouble(insert, at++, card.getStability());
					setDouble(insert, at++, card.getDifficulty());
					setTime(insert, at++, card.getDue());
					setTime(insert, at++, card.getLastReview());
					insert.setInt(at++, card.getReps());
					insert.setInt(at++, card.getLapses());
					insert.setBoolean(at++, card.isSuspended());
					insert.setBoolean(at++, card.isFlagged());
				}
				return insert;
			});
		}
	}

	private static <T> List<List<T>> chunks(List<T> rows) {
		if (rows.isEmpty()) {
			return Collections.emptyList();
		}
		List<List<T>> chunks = new java.util.ArrayList<>();
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
		}
		return chunks;
	}

	private static String values(int columns, int rows) {
		String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
		return String.join(", ", Collections.nCopies(rows, row));
	}

	private static void setTime(PreparedStatement statement, int at, Instant value) throws SQLException {
		if (value == null) {
			statement.setNull(at, Types.TIMESTAMP_WITH_TIMEZONE);
		}
		else {
			statement.setObject(at, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
		}
	}

	private static void setLong(PreparedStatement statement, int at, Long value) throws SQLException {
		if (value == null) {
			statement.setNull(at, Types.BIGINT);
		}
		else {
			statement.setLong(at, value);
		}
	}

	private static void setDouble(PreparedStatement statement, int at, Double value) throws SQLException {
		if (value == null) {
			statement.setNull(at, Types.DOUBLE);
		}
		else {
			statement.setDouble(at, value);
		}
	}

}
