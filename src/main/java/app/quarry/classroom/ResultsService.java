package app.quarry.classroom;

import app.quarry.account.AccountService;
import app.quarry.classroom.internal.Assignment;
import app.quarry.classroom.internal.AssignmentRepository;
import app.quarry.classroom.internal.Attempt;
import app.quarry.classroom.internal.AttemptItemRepository;
import app.quarry.classroom.internal.AttemptRepository;
import app.quarry.classroom.results.GradedAttempt;
import app.quarry.classroom.results.GradesCsv;
import app.quarry.classroom.results.ItemStatistics;
import app.quarry.classroom.results.ResultsGrid;
import app.quarry.classroom.results.StudentGrade;
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
 * (each student's closed attempts graded by the assignment's grading policy; an attempt
 * whose time ran out counts as closed), the grades CSV and the item analysis.
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

	private final AttemptGrades grades;

	private final Clock clock;

	ResultsService(AssignmentService assignmentService, ClassService classService, AssignmentRepository assignments,
			AttemptRepository attempts, AttemptItemRepository items, AccountService accounts, SrsService srs,
			QuestionCatalog catalog, AttemptGrades grades, ObjectProvider<Clock> clock) {
		this.grades = grades;
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
		Instant now = this.clock.instant();
		Map<Long, List<GradedAttempt>> closed = this.grades.closedByStudent(assignment,
				this.attempts.findByAssignmentId(assignment.getId()), now);
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
		Map<Long, List<AttemptScore>> attemptsByStudent = new HashMap<>();
		closed.forEach((student, graded) -> attemptsByStudent.put(student, AttemptGrades.scores(graded, true)));
		return new AssignmentResults(this.assignmentService.summary(assignment), grid, itemResults, attemptsByStudent);
	}

	/** Which versions of each question the closed attempts showed. */
	private Map<String, TreeSet<Integer>> versionsSeen(Map<Long, List<GradedAttempt>> closed) {
		List<Long> ids = closed.values().stream().flatMap(List::stream).map(GradedAttempt::attemptId).toList();
		Map<String, TreeSet<Integer>> seen = new HashMap<>();
		if (!ids.isEmpty()) {
			this.items.scoresOf(ids)
				.forEach(item -> seen.computeIfAbsent(item.questionId(), id -> new TreeSet<>())
					.add(item.questionVersion()));
		}
		return seen;
	}

	public String gradesCsv(Actor teacher, long assignmentId) {
		Assignment assignment = this.assignmentService.owned(teacher, assignmentId);
		return GradesCsv.of(grid(assignment, this.grades.closedByStudent(assignment,
				this.attempts.findByAssignmentId(assignment.getId()), this.clock.instant())));
	}

	/**
	 * One student's assignments in one of the teacher's classes, with their grades and
	 * closed attempts.
	 */
	public List<StudentScore> studentScores(Actor teacher, long classId, long studentId) {
		this.classService.owned(teacher, classId);
		if (!this.classService.isEnrolled(classId, studentId)) {
			throw new ClassroomAccessDenied("That student is not in this class.");
		}
		Instant now = this.clock.instant();
		List<StudentScore> scores = new ArrayList<>();
		for (Assignment assignment : this.assignments.findByClassIdOrderByDueAtAsc(classId)) {
			List<GradedAttempt> closed = this.grades
				.closedByStudent(assignment,
						this.attempts.findByAssignmentIdAndStudentIdOrderByAttemptNumberAsc(assignment.getId(),
								studentId),
						now)
				.getOrDefault(studentId, List.of());
			Double grade = AttemptGrades.grade(assignment, closed).map(StudentGrade::fraction).orElse(null);
			scores.add(new StudentScore(assignment.getId(), assignment.getTitle(), assignment.getDueAt(), closed.size(),
					grade, AttemptGrades.scores(closed, true)));
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

	private ResultsGrid grid(Assignment assignment, Map<Long, List<GradedAttempt>> closed) {
		List<String> pool = assignment.getPool();
		Map<String, Integer> column = new HashMap<>();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < pool.size(); i++) {
			column.put(pool.get(i), i);
			labels.add("Q" + (i + 1) + " " + pool.get(i));
		}
		Set<Long> students = new LinkedHashSet<>();
		this.classService.enrolledStudents(assignment.getClassId()).forEach(students::add);
		students.addAll(closed.keySet());
		Map<Long, String> names = this.accounts.displayNames(students);
		Map<Long, String> logins = this.accounts.logins(students);
		List<ResultsGrid.Row> rows = new ArrayList<>();
		for (long student : students) {
			Double[] scores = new Double[pool.size()];
			StudentGrade grade = AttemptGrades.grade(assignment, closed.getOrDefault(student, List.of())).orElse(null);
			if (grade != null) {
				grade.scores().forEach((question, score) -> {
					Integer at = column.get(question);
					if (at != null) {
						scores[at] = score;
					}
				});
			}
			rows.add(new ResultsGrid.Row(student, logins.getOrDefault(student, ""),
					names.getOrDefault(student, "#" + student), Arrays.asList(scores),
					(grade != null) ? grade.timeTaken() : null, grade != null, (grade != null) ? grade.attempts() : 0,
					(grade != null) ? grade.fraction() : null));
		}
		rows.sort((a, b) -> a.student().compareToIgnoreCase(b.student()));
		return new ResultsGrid(labels, rows).givenColumnsOnly();
	}

}
