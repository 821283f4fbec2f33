package app.quarry.classroom;

import app.quarry.classroom.results.ResultsGrid;
import java.util.List;
import java.util.Map;

/**
 * What a teacher sees for one assignment: the grid, the item analysis and each student's
 * closed attempts (by student id), which lead to what the student answered.
 */
public record AssignmentResults(AssignmentSummary assignment, ResultsGrid grid, List<ItemResult> items,
		Map<Long, List<AttemptScore>> attempts) {

	public AssignmentResults {
		attempts = Map.copyOf(attempts);
	}

	/** Questions with negative or near-zero discrimination, for the teacher to review. */
	public List<ItemResult> flagged() {
		return this.items.stream().filter(item -> item.statistics().flag().needsReview()).toList();
	}

	/** A student's closed attempts, first first. */
	public List<AttemptScore> attemptsOf(long studentId) {
		return this.attempts.getOrDefault(studentId, List.of());
	}

}
