package app.quarry.classroom;

import java.util.List;

/**
 * An assignment on its teacher's page.
 *
 * @param summary its settings
 * @param questions its pool, in order
 * @param editable whether it can still be edited: only before it opens, so no student has
 * seen it
 * @param attempts how many attempts students have made (deleting it deletes them)
 */
public record AssignmentDetails(AssignmentSummary summary, List<AssignedQuestion> questions, boolean editable,
		int attempts) {

	public AssignmentDetails {
		questions = List.copyOf(questions);
	}

	public List<String> questionIds() {
		return this.questions.stream().map(AssignedQuestion::id).toList();
	}

}
