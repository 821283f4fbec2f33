package app.quarry.bench;

import app.quarry.bank.QuestionId;
import app.quarry.account.LearnerId;
import app.quarry.account.Role;
import app.quarry.account.AccountFixtures;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;

import app.quarry.srs.ReviewSource;
import app.quarry.srs.SrsService;
import app.quarry.srs.fsrs.Rating;

/**
 * Prints p50/p95/p99 of recording one review through {@link SrsService} on an H2 file
 * database holding 1,000 learners x 500 reviews (seeded once under target/srs-bench). Run
 * with {@code ./mvnw -q -P'!frontend' test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.quarry.bench.SrsRecordBenchmark}.
 */
public final class SrsRecordBenchmark {

	private static final int LEARNERS = 1000;

	private static final int REVIEWS_PER_LEARNER = 500;

	private static final int QUESTIONS_PER_LEARNER = 50;

	// no @SpringBootConfiguration: as a configuration class under app.quarry it would be
	// picked up by every @SpringBootTest's component scan and narrow its JPA repositories
	// to srs
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
			JdbcTemplateAutoConfiguration.class, FlywayAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
			TransactionAutoConfiguration.class, DataJpaRepositoriesAutoConfiguration.class })
	@Import({ SrsService.class, app.quarry.srs.internal.ReviewRows.class })
	@EntityScan("app.quarry.srs.internal")
	@EnableJpaRepositories("app.quarry.srs.internal")
	static class Bench {

		// the app's one Clock bean lives in a package-private configuration of base
		@org.springframework.context.annotation.Bean
		java.time.Clock clock() {
			return java.time.Clock.systemUTC();
		}

	}

	private SrsRecordBenchmark() {
	}

	public static void main(String[] args) {
		Path dir = Path.of("target", "srs-bench").toAbsolutePath();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Bench.class)
			.web(WebApplicationType.NONE)
			.properties("spring.datasource.url=jdbc:h2:file:" + dir.resolve("quarry") + ";WRITE_DELAY=0",
					"spring.jpa.hibernate.ddl-auto=validate", "spring.main.banner-mode=off", "logging.level.root=WARN")
			.run()) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			seed(jdbc);
			SrsService service = context.getBean(SrsService.class);
			AccountFixtures.logIn("bench-learner", Role.STUDENT);
			SplittableRandom random = new SplittableRandom(7);
			for (int i = 0; i < 500; i++) {
				recordOne(service, random);
			}
			int samples = 3000;
			long[] nanos = new long[samples];
			long[] cpu = new long[samples];
			java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
			for (int i = 0; i < samples; i++) {
				long cpuStart = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				recordOne(service, random);
				nanos[i] = System.nanoTime() - start;
				cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
			}
			Arrays.sort(nanos);
			Arrays.sort(cpu);
			System.out.printf("CPU time of the calling thread per call: p50 %.2f ms  p95 %.2f ms%n",
					cpu[samples / 2] / 1e6, cpu[samples * 95 / 100] / 1e6);
			Long rows = jdbc.queryForObject("select count(*) from srs_review_log", Long.class);
			System.out.printf(
					"record review (H2 file, %,d log rows, %,d cards): p50 %.2f ms  p95 %.2f ms  p99 %.2f ms"
							+ "  over %,d calls (load average %.1f)%n",
					rows, jdbc.queryForObject("select count(*) from srs_card", Long.class), nanos[samples / 2] / 1e6,
					nanos[samples * 95 / 100] / 1e6, nanos[samples * 99 / 100] / 1e6, samples,
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static void recordOne(SrsService service, SplittableRandom random) {
		long learner = random.nextInt(LEARNERS) + 1;
		// one in ten answers is for a question the learner has not seen yet
		String question = random.nextInt(10) == 0 ? "new-" + random.nextLong()
				: "q-" + random.nextInt(QUESTIONS_PER_LEARNER);
		service.record(LearnerId.of(learner), QuestionId.of(question), Rating.of(random.nextInt(4) + 1), 5000L,
				ReviewSource.STUDY);
	}

	private static void seed(JdbcTemplate jdbc) {
		Long existing = jdbc.queryForObject("select count(*) from srs_review_log", Long.class);
		if (existing != null && existing >= (long) LEARNERS * REVIEWS_PER_LEARNER) {
			return;
		}
		long started = System.nanoTime();
		Instant base = Instant.parse("2025-01-01T08:00:00Z");
		SplittableRandom random = new SplittableRandom(1);
		for (int learner = 1; learner <= LEARNERS; learner++) {
			List<Object[]> logRows = new ArrayList<>(REVIEWS_PER_LEARNER);
			for (int i = 0; i < REVIEWS_PER_LEARNER; i++) {
				Instant at = base.plus(Duration.ofHours(i * 12L));
				logRows.add(new Object[] { learner, "q-" + (i % QUESTIONS_PER_LEARNER), random.nextInt(4) + 1,
						Timestamp.from(at), 4000L, "STUDY", i < QUESTIONS_PER_LEARNER ? 0 : 3 });
			}
			jdbc.batchUpdate("insert into srs_review_log (learner_id, question_id, rating, reviewed_at, duration_ms,"
					+ " source, prior_interval_days) values (?, ?, ?, ?, ?, ?, ?)", logRows);
			List<Object[]> cardRows = new ArrayList<>(QUESTIONS_PER_LEARNER);
			for (int q = 0; q < QUESTIONS_PER_LEARNER; q++) {
				Instant last = base.plus(Duration.ofHours((REVIEWS_PER_LEARNER - QUESTIONS_PER_LEARNER + q) * 12L));
				cardRows.add(new Object[] { learner, "q-" + q, "REVIEW", 0, 5.0 + q, 5.0,
						Timestamp.from(last.plus(Duration.ofDays(5))), Timestamp.from(last), 10, 1 });
			}
			jdbc.batchUpdate("insert into srs_card (learner_id, question_id, state, step, stability, difficulty, due,"
					+ " last_review, reps, lapses) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cardRows);
		}
		System.out.printf("seeded %,d reviews and %,d cards in %.1f s%n", (long) LEARNERS * REVIEWS_PER_LEARNER,
				(long) LEARNERS * QUESTIONS_PER_LEARNER, (System.nanoTime() - started) / 1e9);
	}

}
