package app.quarry;

import app.quarry.bank.QuestionId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.quarry.account.SystemWork;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionStatus;
import app.quarry.srs.PersonalOptimizer;
import app.quarry.study.QuestionCatalog;
import app.quarry.study.StudyCard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app nodes started together on one empty PostgreSQL database, as a school running
 * Quarry behind a load balancer would: both start (first admin, demo accounts and the
 * bundled bank are made once), scheduled work runs on one node, a generation job held by
 * one node is left to it, and a change to the bank on one node reaches the other's
 * caches. Runs in the build's PostgreSQL test execution only.
 */
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
class TwoNodesTest {

	private static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	private static long revisionAfterStart;

	@BeforeAll
	static void startTwoNodesTogether() throws Exception {
		if (!PostgresTestDatabase.enabled()) {
			System.out.println("TwoNodesTest skipped: it needs PostgreSQL. Set " + PostgresTestDatabase.URL_VARIABLE
					+ " (e.g. jdbc:postgresql://127.0.0.1:5432/quarry) to run it; .ci/run always does.");
		}
		assumeTrue(PostgresTestDatabase.enabled(), "no PostgreSQL: " + PostgresTestDatabase.URL_VARIABLE
				+ " is not set (.ci/run starts a PostgreSQL and sets it)");
		PostgresTestDatabase.emptyOnce("test_two_nodes");
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService starting = Executors.newFixedThreadPool(2);
		try {
			List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
			for (String name : List.of("a", "b")) {
				started.add(starting.submit(() -> {
					together.await();
					return start(name);
				}));
			}
			for (Future<ConfigurableApplicationContext> node : started) {
				nodes.add(node.get(5, TimeUnit.MINUTES));
			}
		}
		finally {
			starting.shutdownNow();
		}
		revisionAfterStart = jdbc(0).queryForObject("SELECT revision FROM bank_revision WHERE id = 1", Long.class);
	}

	private static ConfigurableApplicationContext start(String name) {
		return new SpringApplicationBuilder(QuarryApplication.class).run("--quarry.test.schema=two_nodes",
				"--quarry.data-dir=target/two-nodes-" + name, "--server.port=0", "--vaadin.productionMode=true",
				"--spring.profiles.active=demo", "--spring.main.banner-mode=off",
				"--quarry.generation.resume-every=PT1S");
	}

	@AfterAll
	static void stopNodes() {
		nodes.forEach(ConfigurableApplicationContext::close);
		nodes.clear();
	}

	@Test
	void both_nodes_start_and_the_first_admin_demo_accounts_and_bank_are_made_once() {
		JdbcTemplate jdbc = jdbc(0);
		assertThat(jdbc.queryForList("SELECT login FROM users ORDER BY login", String.class)).containsExactly("admin",
				"student", "teacher");
		assertThat(revisionAfterStart).as("the bundled bank was imported by one node: the other found it there")
			.isEqualTo(1);
		assertThat(catalog(0).studyCards()).isNotEmpty().hasSameSizeAs(catalog(1).studyCards());
	}

	@Test
	void the_nightly_refit_runs_on_one_node_only(CapturedOutput output) {
		int mark = output.getOut().length();

		nodes.get(0).getBean(PersonalOptimizer.class).refitDueLearners();
		nodes.get(1).getBean(PersonalOptimizer.class).refitDueLearners();

		assertThat(output.getOut().substring(mark).split("nightly refit:", -1)).hasSize(2);
	}

	@Test
	void a_generation_job_one_node_holds_is_left_to_it_and_taken_over_once_released() throws Exception {
		JdbcTemplate jdbc = jdbc(0);
		String document = jdbc.queryForObject("SELECT id FROM document ORDER BY id LIMIT 1", String.class);
		// left behind after three runs, so taking it over means giving it up (no
		// generation)
		jdbc.update("INSERT INTO generation_job (document_id, file_name, title, requested_by, stage, percent, runs,"
				+ " created_at, updated_at) VALUES (?, 'left.md', 'Left behind', 1, 'EXTRACTING', 40, 3,"
				+ " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", document);
		Long jobId = jdbc.queryForObject("SELECT MAX(id) FROM generation_job", Long.class);
		SimpleLock heldByA = nodes.get(0)
			.getBean(LockProvider.class)
			.lock(new LockConfiguration(Instant.now(), "generation-job-" + jobId, Duration.ofMinutes(5), Duration.ZERO))
			.orElseThrow();

		// both nodes look for unfinished jobs every second
		Thread.sleep(3_000);
		assertThat(stage(jdbc, jobId)).isEqualTo("EXTRACTING");

		heldByA.unlock();
		assertThat(eventually(() -> "FAILED".equals(stage(jdbc, jobId)))).isTrue();
	}

	@Test
	void a_question_retired_on_one_node_leaves_the_other_nodes_study_cards() {
		String question = catalog(1).studyCards().get(0).questionId();

		SystemWork
			.run(() -> nodes.get(0).getBean(BankService.class).review(QuestionId.of(question), QuestionStatus.RETIRED));

		assertThat(eventually(
				() -> catalog(1).studyCards().stream().map(StudyCard::questionId).noneMatch(question::equals)))
			.as("node b's cards no longer hold the question retired on node a")
			.isTrue();
		SystemWork.run(
				() -> nodes.get(0).getBean(BankService.class).review(QuestionId.of(question), QuestionStatus.APPROVED));
		assertThat(eventually(
				() -> catalog(1).studyCards().stream().map(StudyCard::questionId).anyMatch(question::equals)))
			.isTrue();
	}

	private static QuestionCatalog catalog(int node) {
		return nodes.get(node).getBean(QuestionCatalog.class);
	}

	private static JdbcTemplate jdbc(int node) {
		return nodes.get(node).getBean(JdbcTemplate.class);
	}

	private static String stage(JdbcTemplate jdbc, long jobId) {
		return jdbc.queryForObject("SELECT stage FROM generation_job WHERE id = ?", String.class, jobId);
	}

	private static boolean eventually(BooleanSupplier condition) {
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < until) {
			if (condition.getAsBoolean()) {
				return true;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return condition.getAsBoolean();
	}

}
