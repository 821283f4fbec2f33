package app.quarry.bench;

import app.quarry.classroom.AssignmentId;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import app.quarry.account.AccountFixtures;
import app.quarry.account.AccountService;
import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AnswerReveal;
import app.quarry.classroom.AssignmentDraft;
import app.quarry.classroom.AssignmentResults;
import app.quarry.classroom.AssignmentService;
import app.quarry.classroom.AssignmentSummary;
import app.quarry.classroom.AttemptQuestion;
import app.quarry.classroom.AttemptService;
import app.quarry.classroom.AttemptView;
import app.quarry.classroom.ClassService;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.QuestionCatalog;
import app.quarry.classroom.QuizQuestion;
import app.quarry.classroom.ResultsService;
import app.quarry.classroom.internal.AttemptRepository;
import app.quarry.classroom.internal.GridCell;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The teacher's results page as the server builds it: 300 students have each submitted a
 * 50-question assignment (taken through {@code AttemptService} on an H2 file database);
 * prints the time {@code ResultsService} takes to load the attempts and build the grid
 * and item analysis, and to write the grades CSV. {@link ResultsBenchmark} times the pure
 * core alone. Run with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.quarry.bench.ResultsServiceBenchmark}
 * (the classpath as in {@link StudyBenchmark}; on PostgreSQL as there too).
 */
public final class ResultsServiceBenchmark {

	private static final int STUDENTS = 300;

	private static final int QUESTIONS = 50;

	private static final int RUNS = 30;

	private ResultsServiceBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext context = BenchApp.start();
		try {
			run(context);
		}
		finally {
			context.close();
		}
	}

	private static void run(ConfigurableApplicationContext context) throws Exception {
		AccountService accounts = context.getBean(AccountService.class);
		ClassService classes = context.getBean(ClassService.class);
		AssignmentService assignments = context.getBean(AssignmentService.class);
		AttemptService attempts = context.getBean(AttemptService.class);
		ResultsService results = context.getBean(ResultsService.class);
		QuestionCatalog catalog = context.getBean(QuestionCatalog.class);
		Actor teacher = BenchApp.actor(accounts, "results-teacher", Role.TEACHER);
		ClassSummary group = classes.create(teacher, "Results benchmark");
		List<QuizQuestion> chosen = catalog.approved(null, null, null)
			.stream()
			.filter(q -> !q.options().isEmpty())
			.limit(QUESTIONS)
			.toList();
		if (chosen.size() < QUESTIONS) {
			throw new IllegalStateException("the bank has only " + chosen.size() + " questions with options");
		}
		Map<String, String> answers = chosen.stream().collect(Collectors.toMap(QuizQuestion::id, QuizQuestion::answer));
		Instant now = Instant.now();
		AssignmentSummary quiz = assignments.create(teacher,
				new AssignmentDraft(group.id(), "Results benchmark quiz", now.minusSeconds(60),
						now.plus(Duration.ofHours(6)), null, 1, chosen.stream().map(QuizQuestion::id).toList(), null,
						null, null, 0, true, true, AnswerReveal.AFTER_SUBMIT));
		long setup = System.nanoTime();
		// every thread logged in, as in the app
		AccountFixtures.logIn("bench-teacher", Role.TEACHER);
		ExecutorService pool = new DelegatingSecurityContextExecutorService(
				Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors()));
		List<Future<?>> done = new ArrayList<>();
		for (int s = 0; s < STUDENTS; s++) {
			int student = s;
			done.add(pool.submit(() -> {
				Actor actor = BenchApp.actor(accounts, "results-student-" + student, null);
				classes.join(actor, group.joinCode().code());
				takeQuiz(attempts, actor, quiz.id(), answers, new SplittableRandom(student));
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		System.out.printf("setup: %d students submitted %d questions each in %.0f s%n", STUDENTS, QUESTIONS,
				(System.nanoTime() - setup) / 1e9);
		long[] grid = new long[RUNS];
		long[] csv = new long[RUNS];
		long[] reads = new long[RUNS];
		long[] gridCpu = new long[RUNS];
		long[] readsCpu = new long[RUNS];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		AttemptRepository stored = context.getBean(AttemptRepository.class);
		AssignmentResults last = null;
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			last = results.results(teacher, quiz.id());
			grid[run] = System.nanoTime() - start;
			gridCpu[run] = threads.getCurrentThreadCpuTime() - cpu;
			start = System.nanoTime();
			results.gradesCsv(teacher, quiz.id());
			csv[run] = System.nanoTime() - start;
			// what both read from the database: the grid query and the students' names
			start = System.nanoTime();
			cpu = threads.getCurrentThreadCpuTime();
			List<GridCell> cells = stored.gridOf(quiz.id().value());
			accounts.names(cells.stream().map(GridCell::studentId).collect(Collectors.toSet()));
			reads[run] = System.nanoTime() - start;
			readsCpu[run] = threads.getCurrentThreadCpuTime() - cpu;
		}
		int flagged = last.flagged().size();
		System.out.printf("ResultsService, %d students x %d questions from %s, %d runs (first 5 as warm-up):%n",
				STUDENTS, QUESTIONS, app.quarry.PostgresTestDatabase.enabled() ? "PostgreSQL" : "an H2 file database",
				RUNS);
		print("grid + item analysis", grid);
		print("grades CSV", csv);
		print("their database reads alone (grid query + names)", reads);
		// on a busy machine wall time is mostly waiting for a core: the calling thread's
		// CPU time shows the work itself (H2 runs in this thread; PostgreSQL's own work
		// is in its server and not counted)
		print("grid + item analysis, CPU time of the calling thread", gridCpu);
		print("database reads alone, CPU time of the calling thread", readsCpu);
		System.out.printf("  rows: %d, submitted: %d, questions flagged for review: %d%n", last.grid().rows().size(),
				last.grid().submittedRows().size(), flagged);
	}

	/** Abler students (a higher seed-drawn ability) pick the right option more often. */
	private static void takeQuiz(AttemptService attempts, Actor student, AssignmentId quizId,
			Map<String, String> answers, SplittableRandom random) {
		double ability = random.nextDouble();
		AttemptView attempt = attempts.start(student, quizId);
		for (AttemptQuestion q : attempt.questions()) {
			String response = (random.nextDouble() < 0.3 + 0.6 * ability) ? answers.get(q.questionId())
					: q.options().get(random.nextInt(q.options().size()));
			attempts.answer(student, attempt.attemptId(), q.position(), response);
		}
		attempts.submit(student, attempt.attemptId());
	}

	private static void print(String what, long[] nanos) {
		long[] measured = Arrays.copyOfRange(nanos, 5, nanos.length);
		Arrays.sort(measured);
		System.out.printf("  %s: min %.1f ms, median %.1f ms, max %.1f ms%n", what, measured[0] / 1e6,
				measured[measured.length / 2] / 1e6, measured[measured.length - 1] / 1e6);
	}

}
