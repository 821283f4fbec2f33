package app.quarry.classroom;

import app.quarry.classroom.results.ResultsGrid;
import java.util.List;

/** What a teacher sees for one assignment: the grid and the item analysis. */
public record AssignmentResults(AssignmentSummary assignment, ResultsGrid grid, List<ItemResult> items) {

	/** Questions with negative or near-zero discrimination, for the teacher to review. */
	public List<ItemResult> flagged() {
		return this.items.stream().filter(item -> item.statistics().flag().needsReview()).toList();
	}

}
