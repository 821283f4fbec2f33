package app.quarry.bench;

import app.quarry.account.Role;
import app.quarry.account.AccountFixtures;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.QuarryApplication;
import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import app.quarry.study.ShownCard;
import app.quarry.study.StudyFilter;
import app.quarry.bank.QuestionFormat;
import app.quarry.study.StudyService;
import app.quarry.study.StudySession;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Study figures, printed (not a test): start-up to the first HTTP 200; server time to
 * grade an answer, record it and produce the next card with 1,000 learners x 500 reviews
 * in an H2 file database (p50/p95); heap retained per open study session after opening
 * 200 sessions over real HTTP (heap after GC, before and after, divided by 200).
 * <p>
 * Run: {@code ./mvnw -B -q test-compile} (with the frontend profile: the app needs the
 * production bundle in target/classes) then
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.quarry.bench.StudyBenchmark}
 * with the test classpath written by
 * {@code dependency:build-classpath -Dmdep.outputFile=cp.txt}. The argument {@code heap}
 * leaves out the grading figures, {@code grade} the heap figures. On PostgreSQL: add
 * {@code -Dquarry.test.postgres=true} with {@code QUARRY_TEST_DB_URL} set, as for the
 * tests.
 */
public final class StudyBenchmark {

	private static final int LEARNERS = 1_000;

	private static final int REVIEWS_PER_LEARNER = 500;

	private static final int CARDS_PER_LEARNER = 100;

	private static final int SESSIONS = 200;

	private static final int WARM_UP_SESSIONS = 5;

	private static final String PASSWORD = "correct horse battery";

	private StudyBenchmark() {
	}

	public static void main(String[] args) {
		try {
			measure(args.length > 0 && args[0].equals("heap"), args.length > 0 && args[0].equals("grade"));
			System.exit(0);
		}
		catch (Exception ex) {
			ex.printStackTrace();
			System.exit(1);
		}
	}

	private static void measure(boolean heapOnly, boolean gradeOnly) throws Exception {
		Path dataDir = Files.createTempDirectory("quarry-study-bench");
		long start = System.nanoTime();
		ConfigurableApplicationContext app = new SpringApplicationBuilder(QuarryApplication.class).run(
				"--quarry.data-dir=" + dataDir, "--server.port=0", "--vaadin.productionMode=true",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--vaadin.launch-browser=false",
				"--quarry.bank.load-on-start=true");
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpClient plain = HttpClient.newHttpClient();
		int status = 0;
		while (status != 200) {
			status = plain
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		System.out.printf(Locale.ROOT, "start-up to first HTTP 200 (in-process, JVM start excluded): %.1f s%n",
				(System.nanoTime() - start) / 1e9);

		StudyService study = app.getBean(StudyService.class);
		AccountFixtures.logIn("bench-learner", Role.STUDENT);
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		List<String> questions = jdbc.queryForList("SELECT id FROM question WHERE status = 'APPROVED' ORDER BY id",
				String.class);
		System.out.println("bank: " + questions.size() + " approved questions");
		long firstLearner = seedLearners(app, jdbc, questions);
		if (!heapOnly) {
			gradeAndNext(study, firstLearner);
		}
		if (!gradeOnly) {
			heapPerSession(app, port, firstLearner, jdbc);
		}
		app.close();
	}

	/** 1,000 accounts sharing one password hash, each with 500 reviews over 100 cards. */
	private static long seedLearners(ConfigurableApplicationContext app, JdbcTemplate jdbc, List<String> questions) {
		long seedStart = System.nanoTime();
		AccountService accounts = app.getBean(AccountService.class);
		long first = accounts.register(new Registration("bench0@example.org", "", PASSWORD, ZoneOffset.UTC))
			.id()
			.value();
		String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, first);
		List<Object[]> users = new ArrayList<>();
		for (int i = 1; i < LEARNERS; i++) {
			users.add(new Object[] { "bench" + i + "@example.org", "Bench " + i, hash, Timestamp.from(Instant.now()) });
		}
		jdbc.batchUpdate("INSERT INTO users (login, display_name, password_hash, enabled, must_change_password, "
				+ "created_at, time_zone) VALUES (?, ?, ?, TRUE, FALSE, ?, 'UTC')", users);
		jdbc.update("INSERT INTO user_roles (user_id, role) SELECT id, 'STUDENT' FROM users "
				+ "WHERE login LIKE 'bench%' AND id <> ?", first);
		Random random = new Random(7);
		Instant now = Instant.now();
		for (long learner = first; learner < first + LEARNERS; learner++) {
			List<Object[]> log = new ArrayList<>(REVIEWS_PER_LEARNER);
			List<Object[]> cards = new ArrayList<>(CARDS_PER_LEARNER);
			int cardCount = Math.min(CARDS_PER_LEARNER, questions.size());
			for (int r = 0; r < REVIEWS_PER_LEARNER; r++) {
				String question = questions.get(r % cardCount);
				Instant at = now.minus(Duration.ofHours(REVIEWS_PER_LEARNER - r));
				log.add(new Object[] { learner, question, 1 + random.nextInt(4), Timestamp.from(at),
						2_000 + random.nextInt(8_000) });
			}
			for (int c = 0; c < cardCount; c++) {
				// a third of the cards due now, the rest spread over the next month
				Instant due = now.plus(Duration.ofHours((c % 3 == 0) ? -1 : random.nextInt(24 * 30)));
				cards.add(new Object[] { learner, questions.get(c), 3.0 + random.nextDouble() * 40,
						4 + random.nextDouble() * 4, Timestamp.from(due),
						Timestamp.from(now.minus(Duration.ofDays(1))) });
			}
			jdbc.batchUpdate("INSERT INTO srs_review_log (learner_id, question_id, rating, reviewed_at, duration_ms, "
					+ "source, prior_interval_days) VALUES (?, ?, ?, ?, ?, 'STUDY', 3)", log);
			jdbc.batchUpdate("INSERT INTO srs_card (learner_id, question_id, state, step, stability, difficulty, due, "
					+ "last_review, reps, lapses) VALUES (?, ?, 'REVIEW', 0, ?, ?, ?, ?, 5, 0)", cards);
		}
		Long logRows = jdbc.queryForObject("SELECT COUNT(*) FROM srs_review_log", Long.class);
		System.out.printf(Locale.ROOT, "seeded %d learners, %d review-log rows in %.1f s%n", LEARNERS, logRows,
				(System.nanoTime() - seedStart) / 1e9);
		return first;
	}

	/**
	 * Grade, record (committed) and produce the next card with its preview, as the view
	 * does.
	 */
	private static void gradeAndNext(StudyService study, long firstLearner) {
		List<Long> times = new ArrayList<>();
		List<Long> opens = new ArrayList<>();
		Random random = new Random(11);
		for (int round = 0; round < 300; round++) {
			long learner = firstLearner + random.nextInt(LEARNERS);
			long opening = System.nanoTime();
			StudySession session = study.open(learner, StudyFilter.ALL);
			if (round >= 50) {
				opens.add(System.nanoTime() - opening);
			}
			for (int i = 0; i < 3 && session.current().isPresent(); i++) {
				long t0 = System.nanoTime();
				answer(session);
				session.recordAndContinue(study.recorderFor(learner));
				session.current().ifPresent(next -> study.preview(learner, next.card().questionId()));
				long elapsed = System.nanoTime() - t0;
				if (round >= 50) {
					times.add(elapsed);
				}
			}
		}
		long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT,
				"grade + record + next card (%d answers): p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", sorted.length,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
				sorted[sorted.length - 1] / 1e6);
		long[] opened = opens.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT, "open a study session (%d opens): p50 %.2f ms, p95 %.2f ms%n", opened.length,
				opened[opened.length / 2] / 1e6, opened[(int) (opened.length * 0.95)] / 1e6);
	}

	private static void answer(StudySession session) {
		ShownCard card = session.current().orElseThrow();
		QuestionFormat format = card.card().format();
		Duration taken = Duration.ofSeconds(6);
		switch (format) {
			case FLASHCARD -> {
				session.reveal(taken);
				session.rate(app.quarry.study.Rating.GOOD);
			}
			case MULTIPLE_CHOICE, TRUE_FALSE -> session.choose(0, taken);
			case TYPED, CLOZE -> session.answerTyped("April 1, 2018", taken);
		}
	}

	/**
	 * Opens 200 study pages over HTTP, one per learner, each learner logged in with its
	 * own cookie jar (so its own HTTP session), and weighs them. A page counts as opened
	 * when the server's answer to the navigation holds the study view; afterwards the
	 * server's sessions are searched for live UIs showing it.
	 */
	private static void heapPerSession(ConfigurableApplicationContext app, int port, long firstLearner,
			JdbcTemplate jdbc) throws Exception {
		List<String> logins = jdbc.queryForList("SELECT login FROM users WHERE id >= ? AND id < ? ORDER BY id",
				String.class, firstLearner, firstLearner + SESSIONS + WARM_UP_SESSIONS);
		// a few pages first, for other learners: one-off costs (first UI, caches filled
		// on first use) are not per session
		int warmedUp = open(port, logins.subList(SESSIONS, logins.size()));
		long before = heapAfterGc();
		int opened = open(port, logins.subList(0, SESSIONS));
		long after = heapAfterGc();
		int live = liveStudyViews(app);
		System.out.printf(Locale.ROOT,
				"study pages opened over HTTP: %d of %d requested (after %d warm-up pages); server holds %d UIs showing the study view, warm-up included%n",
				opened, SESSIONS, warmedUp, live);
		System.out.printf(Locale.ROOT, "heap after GC: %.1f MB before, %.1f MB after: %.0f KB per open study session%n",
				before / 1e6, after / 1e6, (after - before) / 1024.0 / Math.max(1, opened));
	}

	private static int open(int port, List<String> logins) throws Exception {
		int opened = 0;
		for (String login : logins) {
			// closed once the page is open: the server keeps the session until it times
			// out, and the client's own objects (same JVM) must not be weighed with it
			try (HttpClient client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NORMAL)
				.build()) {
				if (openStudyPage(client, port, login, opened == 0)) {
					opened++;
				}
			}
		}
		return opened;
	}

	/**
	 * What a browser does: fetch the login page for its CSRF token, post the form, load
	 * the study page (Vaadin's bootstrap page), ask Flow to build the UI
	 * ({@code v-r=init}), then send the client-side router's {@code ui-navigate} event,
	 * whose answer renders the view.
	 */
	private static boolean openStudyPage(HttpClient client, int port, String login, boolean firstTry) throws Exception {
		String base = "http://localhost:" + port + "/";
		String page = client
			.send(HttpRequest.newBuilder(URI.create(base + "login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			return failed(firstTry, "no CSRF token on the login page");
		}
		String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> posted = client.send(HttpRequest.newBuilder(URI.create(base + "login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		if (posted.uri().getQuery() != null && posted.uri().getQuery().contains("error")) {
			return failed(firstTry, "log-in refused: " + posted.uri());
		}
		client.send(HttpRequest.newBuilder(URI.create(base + "study")).build(), HttpResponse.BodyHandlers.discarding());
		HttpResponse<String> init = client.send(
				HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=study&query=&v-bw=1280&v-bh=800")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher securityKey = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init.body());
		Matcher uiId = Pattern.compile("\"v-uiId\":(\\d+)").matcher(init.body());
		if (init.statusCode() != 200 || !securityKey.find() || !uiId.find()) {
			return failed(firstTry, "UI init answered " + init.statusCode() + ": " + init.body());
		}
		String navigate = "{\"csrfToken\":\"" + securityKey.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
				+ "\"event\":\"ui-navigate\",\"data\":{\"route\":\"study\",\"query\":\"\",\"appShellTitle\":\"\","
				+ "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
		HttpResponse<String> rendered = client
			.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId.group(1)))
				.header("Content-Type", "application/json; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(navigate))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (rendered.statusCode() != 200 || !rendered.body().contains("study-stage")) {
			return failed(firstTry, "navigation answered " + rendered.statusCode() + ": "
					+ rendered.body().substring(0, Math.min(2000, rendered.body().length())));
		}
		return true;
	}

	private static boolean failed(boolean report, String why) {
		if (report) {
			System.out.println("study page not opened: " + why);
		}
		return false;
	}

	/** UIs in the server's HTTP sessions whose current view is the study view. */
	private static int liveStudyViews(ConfigurableApplicationContext app) {
		TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) app).getWebServer();
		int count = 0;
		for (Container context : server.getTomcat().getHost().findChildren()) {
			for (Session session : ((Context) context).getManager().findSessions()) {
				HttpSession http = session.getSession();
				for (String name : Collections.list(http.getAttributeNames())) {
					if (http.getAttribute(name) instanceof VaadinSession vaadin) {
						count += studyViews(vaadin);
					}
				}
			}
		}
		return count;
	}

	private static int studyViews(VaadinSession vaadin) {
		int[] count = { 0 };
		vaadin.accessSynchronously(() -> vaadin.getUIs()
			.stream()
			.filter(ui -> ui.getInternals()
				.getActiveRouterTargetsChain()
				.stream()
				.anyMatch(target -> target.getClass().getSimpleName().equals("StudyView")))
			.forEach(ui -> count[0]++));
		return count[0];
	}

	private static long heapAfterGc() throws InterruptedException {
		for (int i = 0; i < 5; i++) {
			System.gc();
			Thread.sleep(300);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
