package app.quarry.bench;

import app.quarry.PostgresTestDatabase;
import app.quarry.QuarryApplication;
import app.quarry.account.AccountFixtures;
import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import app.quarry.account.Role;
import app.quarry.study.ShownCard;
import app.quarry.study.StudyFilter;
import app.quarry.study.StudyService;
import app.quarry.study.StudySession;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;

/**
 * The study goal of a school-sized server: with {@value #LEARNERS} learners of
 * {@value #REVIEWS_PER_LEARNER} reviews each, grading an answer and producing the next
 * card (the answer recorded and committed, the next card shown with its rating previews,
 * as the study view does) stays within 20 ms at p95 for one learner at a time and within
 * 100 ms with {@value #AT_ONCE} learners answering at once. Printed for the H2 file
 * database and, when {@code QUARRY_TEST_DB_URL} names a PostgreSQL server, for PostgreSQL
 * too, side by side in one run; not a test. Beside the times: this JVM's CPU time per
 * answer while learners answer at once (the app's work, and H2's when it is the database:
 * what bounds the answers two cores can serve) and the machine's load average, since a
 * busy machine stretches every time.
 * <p>
 * Run: {@code ./mvnw -B -o -Dquarry.skipFrontend test-compile}, then
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.quarry.bench.GradeAndNextBenchmark}
 * with the test classpath written by {@code dependency:build-classpath
 * -Dmdep.outputFile=cp.txt} (and {@code QUARRY_TEST_DB_URL} exported for PostgreSQL).
 */
public final class GradeAndNextBenchmark {

	private static final int LEARNERS = 1_000;

	private static final int REVIEWS_PER_LEARNER = 500;

	private static final int CARDS_PER_LEARNER = 100;

	/** Learners seeded per JDBC batch: seeding is set-up, not what is measured. */
	private static final int LEARNERS_PER_BATCH = 25;

	private static final int AT_ONCE = 30;

	private static final int SINGLE_ROUNDS = 400;

	private static final int WARM_UP_ROUNDS = 100;

	/** Sessions each of the learners answering at once opens, one after the other. */
	private static final int CONCURRENT_SESSIONS = 8;

	private static final int ANSWERS_PER_SESSION = 3;

	private static final String SCHEMA = "bench_grade_and_next";

	private GradeAndNextBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> table = new ArrayList<>();
		table.add(row("engine", "one learner p50", "p95", "30 at once p50", "p95", "answers/s", "CPU/answer",
				"load avg"));
		table.add(measure("H2 file", h2()));
		if (PostgresTestDatabase.url() != null) {
			table.add(measure("PostgreSQL", postgres()));
		}
		else {
			table.add("PostgreSQL: not measured (" + PostgresTestDatabase.URL_VARIABLE + " is not set)");
		}
		System.out.printf(Locale.ROOT,
				"%ngrade + record + next card, %d learners x %d reviews (goal: p95 <= 20 ms"
						+ " for one learner, <= 100 ms for %d at once), %d cores:%n",
				LEARNERS, REVIEWS_PER_LEARNER, AT_ONCE, Runtime.getRuntime().availableProcessors());
		table.forEach(System.out::println);
		System.exit(0);
	}

	private static List<String> h2() throws Exception {
		Path dataDir = Files.createTempDirectory("quarry-grade-bench");
		return List.of("--quarry.data-dir=" + dataDir);
	}

	private static List<String> postgres() {
		PostgresTestDatabase.emptyOnce(SCHEMA);
		String url = PostgresTestDatabase.url();
		return List.of("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
				"--spring.datasource.username=" + System.getenv().getOrDefault("QUARRY_TEST_DB_USER", "quarry"),
				"--spring.datasource.password=" + System.getenv().getOrDefault("QUARRY_TEST_DB_PASSWORD", ""),
				"--spring.datasource.driver-class-name=org.postgresql.Driver");
	}

	private static String measure(String engine, List<String> database) throws Exception {
		List<String> arguments = new ArrayList<>(database);
		arguments.addAll(List.of("--server.port=0", "--vaadin.productionMode=true", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--vaadin.launch-browser=false"));
		ConfigurableApplicationContext app = new SpringApplicationBuilder(QuarryApplication.class)
			.run(arguments.toArray(String[]::new));
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long first = seed(engine, app.getBean(AccountService.class), jdbc);
			StudyService study = app.getBean(StudyService.class);
			// the study services answer only someone logged in, as the app's pages are
			AccountFixtures.logIn("bench-learner", Role.STUDENT);
			OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			double load = system.getSystemLoadAverage();
			List<Long> single = oneAtATime(study, first);
			long cpu = system.getProcessCpuTime();
			long start = System.nanoTime();
			List<Long> concurrent = atOnce(study, first);
			double seconds = (System.nanoTime() - start) / 1e9;
			// this JVM's CPU (the app, and H2 when it is the database) per answer, at
			// once
			double cpuPerAnswer = (system.getProcessCpuTime() - cpu) / 1e6 / concurrent.size();
			load = Math.max(load, system.getSystemLoadAverage());
			String line = row(engine, ms(single, 0.50), ms(single, 0.95), ms(concurrent, 0.50), ms(concurrent, 0.95),
					"%.0f".formatted(concurrent.size() / seconds), "%.1f ms".formatted(cpuPerAnswer),
					"%.1f".formatted(load));
			System.out.println(line);
			return line;
		}
		finally {
			app.close();
		}
	}

	/**
	 * 1,000 accounts sharing one password hash, each with 500 reviews over 100 begun
	 * cards, a third of them due now.
	 */
	private static long seed(String engine, AccountService accounts, JdbcTemplate jdbc) {
		long started = System.nanoTime();
		long first = accounts
			.register(new Registration("grade0@example.org", "", "correct horse battery", ZoneOffset.UTC))
			.id()
			.value();
		String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, first);
		List<Object[]> users = new ArrayList<>();
		for (int i = 1; i < LEARNERS; i++) {
			users.add(new Object[] { "grade" + i + "@example.org", "Grade " + i, hash, Timestamp.from(Instant.now()) });
		}
		jdbc.batchUpdate("INSERT INTO users (login, display_name, password_hash, enabled, must_change_password, "
				+ "created_at, time_zone) VALUES (?, ?, ?, TRUE, FALSE, ?, 'UTC')", users);
		List<String> questions = jdbc.queryForList(
				"SELECT id FROM question WHERE status = 'APPROVED' AND owner_id IS NULL ORDER BY id", String.class);
		int cardCount = Math.min(CARDS_PER_LEARNER, questions.size());
		Random random = new Random(7);
		Instant now = Instant.now();
		List<Object[]> log = new ArrayList<>();
		List<Object[]> cards = new ArrayList<>();
		for (long learner = first; learner < first + LEARNERS; learner++) {
			// each learner's own stretch of the bank, so learners do not all share cards
			int offset = random.nextInt(Math.max(1, questions.size() - cardCount));
			for (int r = 0; r < REVIEWS_PER_LEARNER; r++) {
				log.add(new Object[] { learner, questions.get(offset + r % cardCount), 1 + random.nextInt(4),
						Timestamp.from(now.minus(Duration.ofHours(REVIEWS_PER_LEARNER - r))),
						2_000 + random.nextInt(8_000) });
			}
			for (int c = 0; c < cardCount; c++) {
				Instant due = now.plus(Duration.ofHours((c % 3 == 0) ? -1 : random.nextInt(24 * 30)));
				cards.add(new Object[] { learner, questions.get(offset + c), 3.0 + random.nextDouble() * 40,
						4 + random.nextDouble() * 4, Timestamp.from(due),
						Timestamp.from(now.minus(Duration.ofDays(1))) });
			}
			if ((learner - first + 1) % LEARNERS_PER_BATCH == 0 || learner == first + LEARNERS - 1) {
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
		Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM srs_review_log", Long.class);
		System.out.printf(Locale.ROOT, "%s: seeded %d learners, %d review-log rows, bank of %d questions, in %.1f s%n",
				engine, LEARNERS, rows, questions.size(), (System.nanoTime() - started) / 1e9);
		return first;
	}

	/** One learner at a time, each opening a session and answering three cards. */
	private static List<Long> oneAtATime(StudyService study, long first) {
		List<Long> times = new ArrayList<>();
		Random random = new Random(11);
		for (int round = 0; round < SINGLE_ROUNDS; round++) {
			List<Long> answered = session(study, first + random.nextInt(LEARNERS));
			if (round >= WARM_UP_ROUNDS) {
				times.addAll(answered);
			}
		}
		return times;
	}

	/**
	 * {@value #AT_ONCE} learners, each on its own thread, released together; each opens
	 * {@value #CONCURRENT_SESSIONS} sessions in turn and answers in each.
	 */
	private static List<Long> atOnce(StudyService study, long first) throws Exception {
		List<Long> times = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = new DelegatingSecurityContextExecutorService(
				Executors.newFixedThreadPool(AT_ONCE))) {
			List<Future<?>> learners = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				// learners the single-threaded rounds may have met too: as many as can be
				long learner = first + (LEARNERS - 1 - i * (LEARNERS / AT_ONCE));
				learners.add(threads.submit(() -> {
					start.await();
					for (int s = 0; s < CONCURRENT_SESSIONS; s++) {
						times.addAll(session(study, learner));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> learner : learners) {
				learner.get();
			}
		}
		return times;
	}

	/** Opens a session (not timed) and times each of up to three answers. */
	private static List<Long> session(StudyService study, long learner) {
		List<Long> times = new ArrayList<>();
		StudySession session = study.open(learner, StudyFilter.ALL);
		for (int i = 0; i < ANSWERS_PER_SESSION && session.current().isPresent(); i++) {
			long start = System.nanoTime();
			answer(session);
			session.recordAndContinue(study.recorderFor(learner));
			session.current().ifPresent(next -> study.preview(learner, next.card().questionId()));
			times.add(System.nanoTime() - start);
		}
		return times;
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

	private static String ms(List<Long> nanos, double quantile) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		if (sorted.length == 0) {
			return "-";
		}
		return "%.2f ms".formatted(sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6);
	}

	private static String row(String... cells) {
		return String.format(Locale.ROOT, "  %-12s %16s %10s %16s %10s %10s %11s %9s", (Object[]) cells);
	}

}
