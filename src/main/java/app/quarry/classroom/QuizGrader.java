package app.quarry.classroom;

import app.quarry.bank.KnownPeople;
import app.quarry.bank.grading.AnswerKey;
import app.quarry.bank.grading.ChoiceGrader;
import app.quarry.bank.grading.Grade;
import app.quarry.classroom.internal.AttemptItem;
import org.springframework.stereotype.Component;

/**
 * Grades a quiz answer the way study does: choices by identity of the option, typed
 * answers (typed, cloze, and flashcards, which a quiz asks as typed) with the shared
 * lenient matcher.
 */
@Component
class QuizGrader {

	private final KnownPeople people;

	QuizGrader(KnownPeople people) {
		this.people = people;
	}

	Grade grade(AttemptItem item, String response) {
		if (!item.getOptions().isEmpty()) {
			return ChoiceGrader.grade(response, item.getAnswer());
		}
		AnswerKey key = AnswerKey.forQuestion(item.getQuestionType(), item.getAnswer(), item.getAnswerValue(),
				item.getAccepted());
		return this.people.matcher().grade(key, response);
	}

}
