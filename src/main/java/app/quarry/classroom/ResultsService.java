package app.quarry.classroom;

import app.quarry.account.AccountService;
import app.quarry.classroom.internal.Assignment;
import app.quarry.classroom.internal.AssignmentRepository;
import app.quarry.classroom.internal.Attempt;
import app.quarry.classroom.internal.AttemptItemRepository;
import app.quarry.classroom.internal.ItemScore;
import app.quarry.classroom.internal.AttemptRepository;
import app.quarry.classroom.results.GradesCsv;
import app.quarry.classroom.results.ItemStatistics;
import app.quarry.classroom.results.ResultsGrid;
import app.quarry.srs.SrsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results for teachers, of their own assignments only: the students × questions grid
 * (each student's best closed attempt; an attempt whose time ran out counts as closed),
 * the grades CSV and the item analysis.
 */
@Service
@Transactional(readOnly = true)
public class ResultsService {

	private final AssignmentService assignmentService;

	private final ClassService classService;

	private final AssignmentRepository assignments;

	private final AttemptRepository attempts;

	private final AttemptItemRepository items;

	private final AccountService accounts;

	private final SrsService srs;

	private final QuestionCatalog catalog;

	private final Clock clock;

	ResultsService(AssignmentService assignmentService, ClassService classService, AssignmentRepository assignments,
			AttemptRepository attempts, AttemptItemRepository items, AccountService accounts, SrsService srs,
			QuestionCatalog catalog, ObjectProvider<Clock> clock) {
		this.srs = srs;
		this.catalog = catalog;
		this.assignmentService = assignmentService;
		this.classService = classService;
		this.assignments = assignments;
		this.attempts = attempts;
		this.items = items;
		this.accounts = accounts;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public AssignmentResults results(Actor teacher, long assignmentId) {
		Assignment assignment = this.assignmentService.owned(teacher, assignmentId);
		ClosedAttempts closed = closedAttempts(assignment);
		ResultsGrid grid = grid(assignment, closed);
		Map<String, TreeSet<Integer>> seen = versionsSeen(closed);
		Map<String, Integer> current = this.catalog.currentVersions(assignment.getPool());
		Map<String, QuizQuestion> approved = this.catalog.approved(assignment.getPool());
		List<ItemResult> itemResults = new ArrayList<>();
		for (ItemStatistics statistics : grid.itemAnalysis()) {
			String label = grid.questions().get(statistics.question());
			String questionId = label.substring(label.indexOf(' ') + 1);
			QuizQuestion question = approved.get(questionId);
			String prompt = (question != null) ? question.prompt() : null;
			itemResults.add(new ItemResult(questionId, label, statistics,
					List.copyOf(seen.getOrDefault(questionId, new TreeSet<>())), current.get(questionId), prompt));
		}
		return new AssignmentResults(this.assignmentService.summary(assignment), grid, itemResults);
	}

	/** Which versions of each question the closed attempts showed. */
	private static Map<String, TreeSet<Integer>> versionsSeen(ClosedAttempts closed) {
		Map<String, TreeSet<Integer>> seen = new HashMap<>();
		closed.items()
			.values()
			.forEach(items -> items.forEach(item -> seen.computeIfAbsent(item.questionId(), id -> new TreeSet<>())
				.add(item.questionVersion())));
		return seen;
	}

	/**
	 * An assignment's closed attempts and their items' scores, read once per page: with
	 * 300 students × 50 questions that is 15,000 items.
	 */
	private record ClosedAttempts(List<Attempt> attempts, Map<Long, List<ItemScore>> items) {

	}

	private ClosedAttempts closedAttempts(Assignment assignment) {
		Instant now = this.clock.instant();
		List<Attempt> closed = this.attempts.findByAssignmentId(assignment.getId())
			.stream()
			.filter(a -> isClosed(assignment, a, now))
			.toList();
		return new ClosedAttempts(closed, itemsOf(closed));
	}

	public String gradesCsv(Actor teacher, long assignmentId) {
		Assignment assignment = this.assignmentService.owned(teacher, assignmentId);
		return GradesCsv.of(grid(assignment, closedAttempts(assignment)));
	}

	/** One student's assignments in one of the teacher's classes, with best scores. */
	public List<StudentScore> studentScores(Actor teacher, long classId, long studentId) {
		this.classService.owned(teacher, classId);
		if (!this.classService.isEnrolled(classId, studentId)) {
			throw new ClassroomAccessDenied("That student is not in this class.");
		}
		Instant now = this.clock.instant();
		List<StudentScore> scores = new ArrayList<>();
		for (Assignment assignment : this.assignments.findByClassIdOrderByDueAtAsc(classId)) {
			List<Attempt> closed = this.attempts
				.findByAssignmentIdAndStudentIdOrderByAttemptNumberAsc(assignment.getId(), studentId)
				.stream()
				.filter(a -> isClosed(assignment, a, now))
				.toList();
			Map<Long, List<ItemScore>> byAttempt = itemsOf(closed);
			Double best = closed.stream()
				.map(a -> fraction(byAttempt.getOrDefault(a.getId(), List.of())))
				.max(Double::compare)
				.orElse(null);
			scores.add(new StudentScore(assignment.getId(), assignment.getTitle(), assignment.getDueAt(), closed.size(),
					best));
		}
		return scores;
	}

	/**
	 * A student's true retention over the last 30 study days (share of passed reviews of
	 * mature cards, from study and quizzes), or null with no mature reviews yet.
	 */
	public @org.jspecify.annotations.Nullable Double retention(Actor teacher, long classId, long studentId) {
		this.classService.owned(teacher, classId);
		if (!this.classService.isEnrolled(classId, studentId)) {
			throw new ClassroomAccessDenied("That student is not in this class.");
		}
		return this.srs.statistics(studentId, 30).trueRetention();
	}

	private ResultsGrid grid(Assignment assignment, ClosedAttempts closedAttempts) {
		List<String> pool = assignment.getPool();
		Map<String, Integer> column = new HashMap<>();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < pool.size(); i++) {
			column.put(pool.get(i), i);
			labels.add("Q" + (i + 1) + " " + pool.get(i));
		}
		List<Attempt> closed = closedAttempts.attempts();
		Map<Long, List<ItemScore>> byAttempt = closedAttempts.items();
		Map<Long, Attempt> best = new HashMap<>();
		for (Attempt attempt : closed) {
			best.merge(attempt.getStudentId(), attempt,
					(a, b) -> (fraction(byAttempt.get(b.getId())) > fraction(byAttempt.get(a.getId()))) ? b : a);
		}
		Set<Long> students = new LinkedHashSet<>();
		this.classService.enrolledStudents(assignment.getClassId()).forEach(students::add);
		students.addAll(best.keySet());
		Map<Long, String> names = this.accounts.displayNames(students);
		List<ResultsGrid.Row> rows = new ArrayList<>();
		for (long student : students) {
			Double[] scores = new Double[pool.size()];
			Attempt attempt = best.get(student);
			Duration taken = null;
			if (attempt != null) {
				for (ItemScore item : byAttempt.getOrDefault(attempt.getId(), List.of())) {
					Integer at = column.get(item.questionId());
					if (at != null) {
						scores[at] = Objects.requireNonNullElse(item.score(), 0.0);
					}
				}
				taken = Duration.between(attempt.getStartedAt(), Objects.requireNonNull(closedAt(assignment, attempt)));
			}
			rows.add(new ResultsGrid.Row(student, names.getOrDefault(student, "#" + student), Arrays.asList(scores),
					taken, attempt != null));
		}
		rows.sort((a, b) -> a.student().compareToIgnoreCase(b.student()));
		return givenColumnsOnly(labels, rows);
	}

	/**
	 * With questions drawn per student, a pool question nobody was given has no results:
	 * its column is left out (all columns stay while nobody has submitted).
	 */
	private static ResultsGrid givenColumnsOnly(List<String> labels, List<ResultsGrid.Row> rows) {
		List<Integer> given = new ArrayList<>();
		for (int q = 0; q < labels.size(); q++) {
			int column = q;
			if (rows.stream().anyMatch(row -> row.scores().get(column) != null)) {
				given.add(q);
			}
		}
		if (given.isEmpty() || given.size() == labels.size()) {
			return new ResultsGrid(labels, rows);
		}
		List<ResultsGrid.Row> kept = rows.stream()
			.map(row -> new ResultsGrid.Row(row.studentId(), row.student(),
					given.stream().map(q -> row.scores().get(q)).toList(), row.timeTaken(), row.submitted()))
			.toList();
		return new ResultsGrid(given.stream().map(labels::get).toList(), kept);
	}

	private Map<Long, List<ItemScore>> itemsOf(List<Attempt> attempts) {
		if (attempts.isEmpty()) {
			return Map.of();
		}
		return this.items.scoresOf(attempts.stream().map(Attempt::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(ItemScore::attemptId));
	}

	private static double fraction(List<ItemScore> items) {
		if (items == null || items.isEmpty()) {
			return 0;
		}
		return items.stream().mapToDouble(i -> Objects.requireNonNullElse(i.score(), 0.0)).sum() / items.size();
	}

	private static boolean isClosed(Assignment assignment, Attempt attempt, Instant now) {
		Instant closedAt = closedAt(assignment, attempt);
		return closedAt != null && !now.isBefore(closedAt);
	}

	/** When the attempt was submitted, or when its time ran out if it never was. */
	private static Instant closedAt(Assignment assignment, Attempt attempt) {
		return (attempt.getSubmittedAt() != null) ? attempt.getSubmittedAt()
				: AssignmentService.window(assignment).deadline(attempt.getStartedAt());
	}

}
