package app.quarry.bank;

import app.quarry.account.LearnerId;
import java.time.Instant;
import java.util.Set;

/**
 * Where a learner meets questions (study, a quiz whose answers are out): the bank shows a
 * learner a question, with its answer, only once they have met it, so that it is no
 * answer key for a quiz still running. Features above the bank implement it.
 */
public interface MetQuestions {

	/**
	 * The ids of the questions this learner has met and may see answered at {@code now}.
	 */
	Set<QuestionId> metBy(LearnerId learner, Instant now);

}
