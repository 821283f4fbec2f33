package app.quarry.bench;

import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import app.quarry.account.AccountFixtures;
import app.quarry.account.AccountService;
import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AssignmentDraft;
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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 30 students take the same 20-question quiz at once against an H2 file database: each
 * saves 20 answers and submits; prints p50/p95/max of the answer and submit calls and
 * checks every answer was saved. The burst is repeated {@value #ROUNDS} times on new
 * assignments: the first on a cold JVM, the rest on a warm one. Run with
 * {@code ./mvnw -q -P'!frontend' test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=app.quarry.bench.QuizSubmissionBenchmark}.
 */
public final class QuizSubmissionBenchmark {

	private static final int STUDENTS = 30;

	private static final int QUESTIONS = 20;

	private static final int ROUNDS = 4;

	// CPU time per call is printed next to wall time: with 30 threads on a few cores,
	// wall
	// time is mostly queueing, and it moves with whatever else the machine runs
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private QuizSubmissionBenchmark() {
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
		Actor teacher = BenchApp.actor(accounts, "bench-teacher", Role.TEACHER);
		ClassSummary group = classes.create(teacher, "Benchmark class");
		List<Actor> students = new ArrayList<>();
		for (int i = 0; i < STUDENTS; i++) {
			Actor student = BenchApp.actor(accounts, "bench-student-" + i, null);
			classes.join(student, group.joinCode().code());
			students.add(student);
		}
		List<QuizQuestion> chosen = catalog.approved(null, null, null)
			.stream()
			.filter(q -> !q.options().isEmpty())
			.limit(QUESTIONS)
			.toList();
		// the first round runs on a cold JVM (class loading, query plans, JIT); the later
		// rounds show what a running server does, so both are printed
		for (int round = 1; round <= ROUNDS; round++) {
			burst(round, teacher, group, students, chosen, assignments, attempts, results);
		}
	}

	private static void burst(int round, Actor teacher, ClassSummary group, List<Actor> students,
			List<QuizQuestion> chosen, AssignmentService assignments, AttemptService attempts, ResultsService results)
			throws Exception {
		Instant now = Instant.now();
		AssignmentSummary quiz = assignments.create(teacher,
				new AssignmentDraft(group.id(), "Benchmark quiz " + round, now.minusSeconds(60),
						now.plus(Duration.ofHours(2)), null, 1, chosen.stream().map(QuizQuestion::id).toList(), null,
						null, null, 0, true, true, app.quarry.classroom.AnswerReveal.AFTER_SUBMIT));
		List<Long> answerNanos = Collections.synchronizedList(new ArrayList<>());
		List<Long> submitNanos = Collections.synchronizedList(new ArrayList<>());
		List<Long> answerCpuNanos = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch go = new CountDownLatch(1);
		// every student thread logged in, as in the app
		AccountFixtures.logIn("bench-students", Role.STUDENT);
		ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(STUDENTS));
		List<Future<?>> done = new ArrayList<>();
		long wall = System.nanoTime();
		for (Actor student : students) {
			done.add(pool.submit(() -> {
				go.await();
				AttemptView attempt = attempts.start(student, quiz.id());
				for (AttemptQuestion q : attempt.questions()) {
					long start = System.nanoTime();
					long cpu = THREADS.getCurrentThreadCpuTime();
					attempts.answer(student, attempt.attemptId(), q.position(), q.options().get(0));
					answerNanos.add(System.nanoTime() - start);
					answerCpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu);
				}
				long start = System.nanoTime();
				attempts.submit(student, attempt.attemptId());
				submitNanos.add(System.nanoTime() - start);
				return null;
			}));
		}
		go.countDown();
		for (Future<?> f : done) {
			f.get();
		}
		wall = System.nanoTime() - wall;
		pool.shutdown();
		var grid = results.results(teacher, quiz.id()).grid();
		long saved = grid.rows().stream().flatMap(row -> row.scores().stream()).filter(score -> score != null).count();
		System.out.printf("Round %d%s: %d students x %d questions at once, %s:%n", round,
				(round == 1) ? " (cold JVM)" : "", STUDENTS, QUESTIONS,
				app.quarry.PostgresTestDatabase.enabled() ? "PostgreSQL" : "H2 file database");
		System.out.printf("  answers saved: %d of %d; submitted: %d of %d; wall time %.0f ms%n", saved,
				STUDENTS * QUESTIONS, grid.submittedRows().size(), STUDENTS, wall / 1e6);
		print("save one answer", answerNanos);
		print("save one answer, CPU time of the calling thread", answerCpuNanos);
		print("submit (grade + %d reviews into FSRS)".formatted(QUESTIONS), submitNanos);
	}

	private static void print(String what, List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		System.out.printf("  %s: n=%d p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, sorted.size(),
				sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
				sorted.get(sorted.size() - 1) / 1e6);
	}

}
