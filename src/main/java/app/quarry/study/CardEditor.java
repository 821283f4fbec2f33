package app.quarry.study;

import java.util.Optional;

import app.quarry.account.Account;

/**
 * Where a person may edit a card's question from the study page, if anywhere. Any feature
 * may offer one as a bean (a learner's own deck lets its owner edit); the first that
 * answers wins.
 */
public interface CardEditor {

	/**
	 * The route of the editor for this question, or empty when {@code who} may not edit
	 * it.
	 */
	Optional<String> editorRoute(Account who, String questionId);

}
