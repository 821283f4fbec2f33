package app.quarry.bench;

import app.quarry.account.Role;
import app.quarry.account.AccountFixtures;
import app.quarry.PostgresTestDatabase;
import app.quarry.QuarryApplication;
import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import app.quarry.study.ShownCard;
import app.quarry.study.StudyFilter;
import app.quarry.study.StudyService;
import app.quarry.study.StudySession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opening a study session against the cost of an answer, with a bank of
 * {@value #BANK_SIZE} approved questions (the bundled bank copied under new ids, each
 * copy of its sentences placed as other sentences, until it is that large): the open must
 * stay within twice an answer's cost (grade, record, next card and its preview, as
 * {@link StudyBenchmark} times it), however large the bank. {@value #LEARNERS} learners
 * have {@value #CARDS_PER_LEARNER} begun cards and {@value #REVIEWS_PER_LEARNER} reviews
 * each. Prints p50/p95 of both and their ratio.
 * <p>
 * Run as {@link StudyBenchmark} is: {@code ./mvnw -B -q -P'!frontend' test-compile}, then
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.quarry.bench.StudyOpenBenchmark};
 * on PostgreSQL add {@code -Dquarry.test.postgres=true} with {@code QUARRY_TEST_DB_URL}
 * set.
 */
public final class StudyOpenBenchmark {

	private static final int BANK_SIZE = 10_000;

	private static final int LEARNERS = 200;

	private static final int CARDS_PER_LEARNER = 100;

	private static final int REVIEWS_PER_LEARNER = 500;

	private static final int ROUNDS = 300;

	/** Beyond the end of any bundled document: a copy's sentence is no one else's. */
	private static final int SENTENCE_SHIFT = 1_000_000;

	private static final int WARM_UP_ROUNDS = 50;

	private static final String QUESTION_COLUMNS = "type, format, prompt, answer, answer_value, accepted, options,"
			+ " quote, status, origin, edited, version, source_document, source_start, source_end, source_sentence,"
			+ " sources, created_at, updated_at, owner_id";

	private StudyOpenBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Files.createTempDirectory("quarry-study-open-bench");
		ConfigurableApplicationContext app = new SpringApplicationBuilder(QuarryApplication.class).run(
				"--quarry.data-dir=" + dataDir, "--server.port=0", "--vaadin.productionMode=true",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--vaadin.launch-browser=false");
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			int bank = padBank(jdbc);
			long first = seedLearners(app.getBean(AccountService.class), jdbc);
			System.out.printf(Locale.ROOT, "%s, bank of %d approved questions, %d learners x %d begun cards:%n",
					PostgresTestDatabase.enabled() ? "PostgreSQL" : "H2 file database", bank, LEARNERS,
					CARDS_PER_LEARNER);
			AccountFixtures.logIn("bench-learner", Role.STUDENT);
			measure(app.getBean(StudyService.class), first);
		}
		finally {
			app.close();
		}
		System.exit(0);
	}

	/** Copies the shared approved questions under new ids until the bank has enough. */
	private static int padBank(JdbcTemplate jdbc) {
		List<String> ids = jdbc.queryForList(
				"SELECT id FROM question WHERE status = 'APPROVED' AND owner_id IS NULL ORDER BY id", String.class);
		int approved = ids.size();
		List<Object[]> copies = new ArrayList<>();
		for (int i = 0; approved + copies.size() < BANK_SIZE; i++) {
			// each round of copies asks its facts of other sentences, as a bank of that
			// size drawn from more text would: one sentence does not hold a hundred
			// cards of one fact
			int shift = SENTENCE_SHIFT * (1 + i / ids.size());
			copies.add(new Object[] { "bench-%05d".formatted(i), shift, shift, ids.get(i % ids.size()) });
		}
		String copied = QUESTION_COLUMNS.replace("source_start, source_end", "source_start + ?, source_end + ?");
		jdbc.batchUpdate("INSERT INTO question (id, " + QUESTION_COLUMNS + ") SELECT ?, " + copied
				+ " FROM question WHERE id = ?", copies);
		// every node's in-memory copy of the bank follows this number
		jdbc.update("UPDATE bank_revision SET revision = revision + 1 WHERE id = 1");
		Integer now = jdbc.queryForObject(
				"SELECT COUNT(*) FROM question WHERE status = 'APPROVED' AND owner_id IS NULL", Integer.class);
		return (now == null) ? 0 : now;
	}

	private static long seedLearners(AccountService accounts, JdbcTemplate jdbc) {
		long first = accounts
			.register(new Registration("open0@example.org", "", "correct horse battery", ZoneOffset.UTC))
			.id()
			.value();
		String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, first);
		List<Object[]> users = new ArrayList<>();
		for (int i = 1; i < LEARNERS; i++) {
			users.add(new Object[] { "open" + i + "@example.org", "Open " + i, hash, Timestamp.from(Instant.now()) });
		}
		jdbc.batchUpdate("INSERT INTO users (login, display_name, password_hash, enabled, must_change_password, "
				+ "created_at, time_zone) VALUES (?, ?, ?, TRUE, FALSE, ?, 'UTC')", users);
		List<String> questions = jdbc.queryForList(
				"SELECT id FROM question WHERE status = 'APPROVED' AND owner_id IS NULL ORDER BY id", String.class);
		Random random = new Random(7);
		Instant now = Instant.now();
		for (long learner = first; learner < first + LEARNERS; learner++) {
			List<Object[]> log = new ArrayList<>();
			List<Object[]> cards = new ArrayList<>();
			int offset = random.nextInt(questions.size() - CARDS_PER_LEARNER);
			for (int r = 0; r < REVIEWS_PER_LEARNER; r++) {
				log.add(new Object[] { learner, questions.get(offset + r % CARDS_PER_LEARNER), 1 + random.nextInt(4),
						Timestamp.from(now.minus(Duration.ofHours(REVIEWS_PER_LEARNER - r))),
						2_000 + random.nextInt(8_000) });
			}
			for (int c = 0; c < CARDS_PER_LEARNER; c++) {
				// a third of the cards due now, the rest over the next month
				Instant due = now.plus(Duration.ofHours((c % 3 == 0) ? -1 : random.nextInt(24 * 30)));
				cards.add(new Object[] { learner, questions.get(offset + c), 3.0 + random.nextDouble() * 40,
						4 + random.nextDouble() * 4, Timestamp.from(due),
						Timestamp.from(now.minus(Duration.ofDays(1))) });
			}
			jdbc.batchUpdate("INSERT INTO srs_review_log (learner_id, question_id, rating, reviewed_at, duration_ms, "
					+ "source, prior_interval_days) VALUES (?, ?, ?, ?, ?, 'STUDY', 3)", log);
			jdbc.batchUpdate("INSERT INTO srs_card (learner_id, question_id, state, step, stability, difficulty, due, "
					+ "last_review, reps, lapses) VALUES (?, ?, 'REVIEW', 0, ?, ?, ?, ?, 5, 0)", cards);
		}
		return first;
	}

	private static void measure(StudyService study, long first) {
		List<Long> opens = new ArrayList<>();
		List<Long> answers = new ArrayList<>();
		Random random = new Random(11);
		for (int round = 0; round < ROUNDS; round++) {
			long learner = first + random.nextInt(LEARNERS);
			long start = System.nanoTime();
			StudySession session = study.open(learner, StudyFilter.ALL);
			long opened = System.nanoTime() - start;
			boolean measured = round >= WARM_UP_ROUNDS;
			if (measured) {
				opens.add(opened);
			}
			for (int i = 0; i < 3 && session.current().isPresent(); i++) {
				start = System.nanoTime();
				answer(session);
				session.recordAndContinue(study.recorderFor(learner));
				session.current().ifPresent(next -> study.preview(learner, next.card().questionId()));
				if (measured) {
					answers.add(System.nanoTime() - start);
				}
			}
		}
		Map<String, Double> open = print("open a study session", opens);
		Map<String, Double> answer = print("grade + record + next card", answers);
		System.out.printf(Locale.ROOT, "  open / answer: %.2f at p50, %.2f at p95 (goal: at most 2)%n",
				open.get("p50") / answer.get("p50"), open.get("p95") / answer.get("p95"));
	}

	private static Map<String, Double> print(String what, List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		double p50 = sorted[sorted.length / 2] / 1e6;
		double p95 = sorted[(int) (sorted.length * 0.95)] / 1e6;
		System.out.printf(Locale.ROOT, "  %s (n=%d): p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", what, sorted.length, p50,
				p95, sorted[sorted.length - 1] / 1e6);
		return Map.of("p50", p50, "p95", p95);
	}

	private static void answer(StudySession session) {
		ShownCard card = session.current().orElseThrow();
		Duration taken = Duration.ofSeconds(6);
		switch (card.card().format()) {
			case FLASHCARD -> {
				session.reveal(taken);
				session.rate(app.quarry.study.Rating.GOOD);
			}
			case MULTIPLE_CHOICE, TRUE_FALSE -> session.choose(0, taken);
			case TYPED, CLOZE -> session.answerTyped("April 1, 2018", taken);
		}
	}

}
