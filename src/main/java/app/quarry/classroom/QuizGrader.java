package app.quarry.classroom;

import app.quarry.bank.BankCache;
import app.quarry.bank.BankRevision;
import app.quarry.bank.QuestionsChanged;
import app.quarry.bank.grading.AnswerKey;
import app.quarry.bank.grading.AnswerMatcher;
import app.quarry.bank.grading.ChoiceGrader;
import app.quarry.bank.grading.Grade;
import app.quarry.classroom.internal.AttemptItem;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Grades a quiz answer the way study does: choices by identity of the option, typed
 * answers (typed, cloze, and flashcards, which a quiz asks as typed) with the shared
 * lenient matcher.
 */
@Component
class QuizGrader {

	/**
	 * The people the bank knows change only when documents are added: made once, and
	 * again when the bank changed on any node.
	 */
	private final BankCache<AnswerMatcher> matcher;

	QuizGrader(QuestionCatalog catalog, BankRevision revision, ObjectProvider<Clock> clock,
			@Value("${quarry.bank.revision-check:PT2S}") Duration checkEvery) {
		this.matcher = new BankCache<>(revision, clock.getIfAvailable(Clock::systemUTC), checkEvery,
				() -> new AnswerMatcher(catalog.knownPeople()));
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
		return this.matcher.get();
	}

	/**
	 * Forgets the known people once a change to the bank committed on this node (other
	 * nodes' changes are seen through the revision).
	 */
	@ApplicationModuleListener(readOnlyTransaction = true)
	void on(QuestionsChanged change) {
		this.matcher.forget();
	}

}
