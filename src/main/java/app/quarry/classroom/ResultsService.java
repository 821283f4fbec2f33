package app.quarry.classroom;

import app.quarry.account.LearnerId;
import app.quarry.account.AccountName;
import app.quarry.account.AccountService;
import app.quarry.classroom.internal.Assignment;
import app.quarry.classroom.internal.AssignmentRepository;
import app.quarry.classroom.internal.AttemptRepository;
import app.quarry.classroom.internal.GridCell;
import app.quarry.classroom.results.GradedAttempt;
import app.quarry.classroom.results.GradesCsv;
import app.quarry.classroom.results.ItemStatistics;
import app.quarry.classroom.results.ResultsGrid;
import app.quarry.classroom.results.StudentGrade;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

	private final AccountService accounts;

	private final StudyRecords study;

	private final QuestionCatalog catalog;

	private final AttemptGrades grades;

	private final Clock clock;

	ResultsService(AssignmentService assignmentService, ClassService classService, AssignmentRepository assignments,
			AttemptRepository attempts, AccountService accounts, StudyRecords study, QuestionCatalog catalog,
			AttemptGrades grades, ObjectProvider<Clock> clock) {
		this.grades = grades;
		this.study = study;
		this.catalog = catalog;
		this.assignmentService = assignmentService;
		this.classService = classService;
		this.assignments = assignments;
		this.attempts = attempts;
		this.accounts = accounts;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public AssignmentResults results(Actor teacher, AssignmentId assignmentId) {
		Assignment assignment = this.assignmentService.owned(teacher, assignmentId);
		Map<Long, List<GridCell>> cells = cellsByAttempt(assignment);
		Map<Long, List<GradedAttempt>> closed = this.grades.closedByStudent(assignment, cells.values(),
				this.clock.instant());
		ResultsGrid grid = grid(assignment, closed);
		Map<String, TreeSet<Integer>> seen = versionsSeen(closed, cells);
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

	/**
	 * The assignment's attempts with their scores, read in one query, each attempt's
	 * cells together.
	 */
	private Map<Long, List<GridCell>> cellsByAttempt(Assignment assignment) {
		Map<Long, List<GridCell>> cells = new LinkedHashMap<>();
		this.attempts.gridOf(assignment.getId())
			.forEach(cell -> cells.computeIfAbsent(cell.attemptId(), attempt -> new ArrayList<>()).add(cell));
		return cells;
	}

	/** Which versions of each question the closed attempts showed. */
	private static Map<String, TreeSet<Integer>> versionsSeen(Map<Long, List<GradedAttempt>> closed,
			Map<Long, List<GridCell>> cells) {
		Map<String, TreeSet<Integer>> seen = new HashMap<>();
		closed.values()
			.stream()
			.flatMap(List::stream)
			.flatMap(attempt -> cells.getOrDefault(attempt.attemptId(), List.of()).stream())
			.filter(cell -> cell.questionId() != null && cell.questionVersion() != null)
			.forEach(
					cell -> seen.computeIfAbsent(cell.questionId(), id -> new TreeSet<>()).add(cell.questionVersion()));
		return seen;
	}

	public String gradesCsv(Actor teacher, AssignmentId assignmentId) {
		Assignment assignment = this.assignmentService.owned(teacher, assignmentId);
		return GradesCsv.of(grid(assignment,
				this.grades.closedByStudent(assignment, cellsByAttempt(assignment).values(), this.clock.instant())));
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
			scores.add(new StudentScore(AssignmentId.of(assignment.getId()), assignment.getTitle(),
					assignment.getDueAt(), closed.size(), grade, AttemptGrades.scores(closed, true)));
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
		return this.study.trueRetention(LearnerId.of(studentId), 30);
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
		Map<Long, AccountName> names = this.accounts.names(students);
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
			AccountName name = names.get(student);
			rows.add(new ResultsGrid.Row(student, (name != null) ? name.login() : "",
					(name != null) ? name.displayName() : "#" + student, Arrays.asList(scores),
					(grade != null) ? grade.timeTaken() : null, grade != null, (grade != null) ? grade.attempts() : 0,
					(grade != null) ? grade.fraction() : null));
		}
		rows.sort((a, b) -> a.student().compareToIgnoreCase(b.student()));
		return new ResultsGrid(labels, rows).givenColumnsOnly();
	}

}
