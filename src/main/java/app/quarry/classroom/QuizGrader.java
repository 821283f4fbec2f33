package app.quarry.classroom;

import app.quarry.bank.grading.AnswerKey;
import app.quarry.bank.grading.AnswerMatcher;
import app.quarry.bank.grading.ChoiceGrader;
import app.quarry.bank.grading.Grade;
import app.quarry.classroom.internal.AttemptItem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Grades a quiz answer the way study does: choices by identity of the option, typed
 * answers (typed, cloze, and flashcards, which a quiz asks as typed) with the shared
 * lenient matcher.
 */
@Component
class QuizGrader {

	private final QuestionCatalog catalog;

	private volatile @Nullable AnswerMatcher matcher;

	QuizGrader(QuestionCatalog catalog) {
		this.catalog = catalog;
	}

	Grade grade(AttemptItem item, String response) {
		if (!item.getOptions().isEmpty()) {
			return ChoiceGrader.grade(response, item.getAnswer());
		}
		AnswerKey key = AnswerKey.forQuestion(item.getQuestionType(), item.getAnswer(), item.getAnswerValue(),
				item.getAccepted());
		return matcher().grade(key, response);
	}

	private AnswerMatcher matcher() {
		AnswerMatcher current = this.matcher;
		if (current == null) {
			// the people the bank knows change only when documents are added; built once,
			// lazily
			current = new AnswerMatcher(this.catalog.knownPeople());
			this.matcher = current;
		}
		return current;
	}

	/** Forgets the known people, after the bank changed. */
	void refresh() {
		this.matcher = null;
	}

}
