package app.quarry.classroom;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.Siblings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What makes an assignment draft acceptable, the same for a new assignment and an edit: a
 * title, a due time after the opening, sensible limits, and approved questions only.
 */
@Component
class AssignmentRules {

	private final QuestionCatalog catalog;

	AssignmentRules(QuestionCatalog catalog) {
		this.catalog = catalog;
	}

	/** Checks the draft's settings and returns its pool of question ids. */
	List<String> pool(AssignmentDraft draft) {
		String title = draft.title().strip();
		if (title.isEmpty() || title.length() > 200) {
			throw new ClassroomRefusal("Give the assignment a title of 1 to 200 characters.");
		}
		if (!draft.dueAt().isAfter(draft.opensAt())) {
			throw new ClassroomRefusal("The due time must be after the opening time.");
		}
		if (draft.timeLimit() != null && draft.timeLimit().compareTo(Duration.ofMinutes(1)) < 0) {
			throw new ClassroomRefusal("A time limit must be at least one minute (or none).");
		}
		if (draft.attemptsAllowed() < 1 || draft.attemptsAllowed() > 20) {
			throw new ClassroomRefusal("Allow between 1 and 20 attempts.");
		}
		List<String> pool = matching(draft);
		if (draft.drawCount() < 0 || draft.drawCount() > pool.size()) {
			throw new ClassroomRefusal(
					"Only " + pool.size() + " approved questions match; draw at most " + pool.size() + " per student.");
		}
		return pool;
	}

	private List<String> matching(AssignmentDraft draft) {
		List<String> pool = new ArrayList<>();
		if (!draft.questionIds().isEmpty()) {
			for (String id : draft.questionIds()) {
				if (this.catalog.approved(id).isEmpty()) {
					throw new ClassroomRefusal("Question " + id
							+ " is not approved; only approved questions can be assigned. Review it first.");
				}
				if (!pool.contains(id)) {
					pool.add(id);
				}
			}
		}
		else {
			String format = blankToNull(draft.format());
			List<QuizQuestion> matching = this.catalog
				.approved(blankToNull(draft.document()), blankToNull(draft.type()), format)
				.stream()
				// a flashcard is a study card the learner rates: a quiz would ask it as
				// typed, and its answer (a role, a description) is rarely typed word for
				// word, so only a teacher who asks for flashcards by name gets them
				.filter(question -> format != null || !QuestionFormat.FLASHCARD.names(question.format()))
				.toList();
			// one card per fact: its other cards (same sentence, same answer) would give
			// each other away on one quiz; a teacher who wants them hand-picks them
			Siblings.onePerFact(matching, QuizQuestion::fact).forEach(question -> pool.add(question.id()));
		}
		if (pool.isEmpty()) {
			throw new ClassroomRefusal("No approved question matches; approve some questions or change the filters.");
		}
		return pool;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
