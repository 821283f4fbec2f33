package app.quarry.bench;

import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Learners with a study history, written for a benchmark in JDBC batches: seeding is
 * set-up, not what is measured, and a thousand learners through the services would take
 * minutes. Logins are {@code name0@example.org}, {@code name1@example.org}, …; all share
 * one password ({@link #PASSWORD}), hashed once for the first, which registers through
 * the service. Each learner has {@code reviewsEach} reviews over {@code cardsEach} begun
 * cards, a third of them due now and the rest over the next month; the same seed gives
 * the same history on every run.
 *
 * @param eachOwnCards each learner's cards are their own stretch of the bank, so that
 * learners do not all share cards; else every learner has the bank's first cards
 */
record SeededLearners(String name, int count, int cardsEach, int reviewsEach, boolean eachOwnCards) {

	static final String PASSWORD = "correct horse battery";

	/** Learners written per JDBC batch. */
	private static final int PER_BATCH = 25;

	/**
	 * Writes the learners and their history over the shared approved bank.
	 * @return the id of the first learner; the others follow it one by one
	 */
	long seed(AccountService accounts, JdbcTemplate jdbc) {
		long first = accounts.register(new Registration(login(0), "", PASSWORD, ZoneOffset.UTC)).id().value();
		String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, first);
		List<Object[]> users = new ArrayList<>();
		String shown = Character.toUpperCase(this.name.charAt(0)) + this.name.substring(1);
		for (int i = 1; i < this.count; i++) {
			users.add(new Object[] { login(i), shown + " " + i, hash, Timestamp.from(Instant.now()) });
		}
		jdbc.batchUpdate("INSERT INTO users (login, display_name, password_hash, enabled, must_change_password, "
				+ "created_at, time_zone) VALUES (?, ?, ?, TRUE, FALSE, ?, 'UTC')", users);
		jdbc.update("INSERT INTO user_roles (user_id, role) SELECT id, 'STUDENT' FROM users WHERE id > ? AND id < ?",
				first, first + this.count);
		List<String> questions = jdbc.queryForList(
				"SELECT id FROM question WHERE status = 'APPROVED' AND owner_id IS NULL ORDER BY id", String.class);
		writeHistories(jdbc, first, questions);
		return first;
	}

	private void writeHistories(JdbcTemplate jdbc, long first, List<String> questions) {
		int cardCount = Math.min(this.cardsEach, questions.size());
		Random random = new Random(7);
		Instant now = Instant.now();
		List<Object[]> log = new ArrayList<>();
		List<Object[]> cards = new ArrayList<>();
		for (long learner = first; learner < first + this.count; learner++) {
			int offset = this.eachOwnCards ? random.nextInt(Math.max(1, questions.size() - cardCount)) : 0;
			for (int r = 0; r < this.reviewsEach; r++) {
				log.add(new Object[] { learner, questions.get(offset + r % cardCount), 1 + random.nextInt(4),
						Timestamp.from(now.minus(Duration.ofHours(this.reviewsEach - r))),
						2_000 + random.nextInt(8_000) });
			}
			for (int c = 0; c < cardCount; c++) {
				Instant due = now.plus(Duration.ofHours((c % 3 == 0) ? -1 : random.nextInt(24 * 30)));
				cards.add(new Object[] { learner, questions.get(offset + c), 3.0 + random.nextDouble() * 40,
						4 + random.nextDouble() * 4, Timestamp.from(due),
						Timestamp.from(now.minus(Duration.ofDays(1))) });
			}
			if ((learner - first + 1) % PER_BATCH == 0 || learner == first + this.count - 1) {
				jdbc.batchUpdate("INSERT INTO srs_review_log (learner_id, question_id, rating, reviewed_at, "
						+ "duration_ms, source, prior_interval_days) VALUES (?, ?, ?, ?, ?, 'STUDY', 3)", log);
				jdbc.batchUpdate(
						"INSERT INTO srs_card (learner_id, question_id, state, step, stability, difficulty, "
								+ "due, last_review, reps, lapses) VALUES (?, ?, 'REVIEW', 0, ?, ?, ?, ?, 5, 0)",
						cards);
				log.clear();
				cards.clear();
			}
		}
	}

	String login(int i) {
		return this.name + i + "@example.org";
	}

}
