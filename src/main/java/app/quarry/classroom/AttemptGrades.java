package app.quarry.classroom;

import app.quarry.classroom.internal.Assignment;
import app.quarry.classroom.internal.Attempt;
import app.quarry.classroom.internal.AttemptItemRepository;
import app.quarry.classroom.internal.AttemptRepository;
import app.quarry.classroom.internal.GridCell;
import app.quarry.classroom.internal.ItemScore;
import app.quarry.classroom.results.GradedAttempt;
import app.quarry.classroom.results.GradingPolicy;
import app.quarry.classroom.results.StudentGrade;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Attempts as grading sees them: only closed ones (submitted, or whose time ran out),
 * each with its marks, read in one query however many attempts there are.
 */
@Component
class AttemptGrades {

	private final AttemptItemRepository items;

	AttemptGrades(AttemptItemRepository items) {
		this.items = items;
	}

	/**
	 * The attempts closed by {@code now}, graded, by student, each student's in order.
	 */
	Map<Long, List<GradedAttempt>> closedByStudent(Assignment assignment, List<Attempt> attempts, Instant now) {
		List<Attempt> closed = attempts.stream()
			.filter(attempt -> isClosed(assignment, attempt, now))
			.sorted(Comparator.comparingInt(Attempt::getAttemptNumber))
			.toList();
		if (closed.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<ItemScore>> byAttempt = this.items.scoresOf(closed.stream().map(Attempt::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(ItemScore::attemptId));
		Map<Long, List<GradedAttempt>> result = new TreeMap<>();
		for (Attempt attempt : closed) {
			Map<String, Double> scores = new LinkedHashMap<>();
			byAttempt.getOrDefault(attempt.getId(), List.of())
				.forEach(item -> scores.put(item.questionId(), Objects.requireNonNullElse(item.score(), 0.0)));
			Instant closedAt = closedAt(assignment, attempt);
			result.computeIfAbsent(attempt.getStudentId(), student -> new ArrayList<>())
				.add(new GradedAttempt(attempt.getId(), attempt.getAttemptNumber(), scores,
						Duration.between(attempt.getStartedAt(), closedAt), closedAt));
		}
		return result;
	}

	/**
	 * A student's grade: their closed attempts taken together under the assignment's
	 * grading policy; empty with none closed.
	 */
	static Optional<StudentGrade> grade(Assignment assignment, List<GradedAttempt> closed) {
		return GradingPolicy.valueOf(assignment.getGradingPolicy()).grade(closed);
	}

	/** Each closed attempt with its score, or without it while scores are withheld. */
	static List<AttemptScore> scores(List<GradedAttempt> closed, boolean released) {
		return closed.stream()
			.map(a -> new AttemptScore(a.attemptId(), a.number(), released ? a.fraction() : null, a.closedAt()))
			.toList();
	}

	/**
	 * The same from an assignment's grid as {@link AttemptRepository#gridOf} reads it: no
	 * further query.
	 */
	Map<Long, List<GradedAttempt>> closedByStudent(Assignment assignment, Collection<List<GridCell>> attempts,
			Instant now) {
		List<List<GridCell>> closed = attempts.stream()
			.filter(cells -> !now.isBefore(closedAt(assignment, cells.get(0).startedAt(), cells.get(0).submittedAt())))
			.sorted(Comparator.comparingInt(cells -> cells.get(0).attemptNumber()))
			.toList();
		Map<Long, List<GradedAttempt>> result = new TreeMap<>();
		for (List<GridCell> cells : closed) {
			GridCell attempt = cells.get(0);
			Map<String, Double> scores = new LinkedHashMap<>();
			cells.stream()
				.filter(cell -> cell.questionId() != null)
				.forEach(cell -> scores.put(cell.questionId(), Objects.requireNonNullElse(cell.score(), 0.0)));
			Instant closedAt = closedAt(assignment, attempt.startedAt(), attempt.submittedAt());
			result.computeIfAbsent(attempt.studentId(), student -> new ArrayList<>())
				.add(new GradedAttempt(attempt.attemptId(), attempt.attemptNumber(), scores,
						Duration.between(attempt.startedAt(), closedAt), closedAt));
		}
		return result;
	}

	static boolean isClosed(Assignment assignment, Attempt attempt, Instant now) {
		return !now.isBefore(closedAt(assignment, attempt));
	}

	/**
	 * When the attempt was submitted, or when its time runs (or ran) out if it never was.
	 */
	static Instant closedAt(Assignment assignment, Attempt attempt) {
		return closedAt(assignment, attempt.getStartedAt(), attempt.getSubmittedAt());
	}

	private static Instant closedAt(Assignment assignment, Instant started, @Nullable Instant submitted) {
		return (submitted != null) ? submitted : AssignmentService.window(assignment).deadline(started);
	}

}
