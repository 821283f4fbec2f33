package app.quarry.bank;

import app.quarry.account.LearnerId;
import org.jspecify.annotations.Nullable;

/**
 * A question as stored: its bank content, status and version; {@code ownerId} is the
 * learner whose private question it is, null for the shared bank.
 */
public record StoredQuestion(BankQuestion question, QuestionStatus status, int version, @Nullable LearnerId ownerId) {

	public StoredQuestion(BankQuestion question, QuestionStatus status, int version) {
		this(question, status, version, null);
	}

	/** The question's id, as other features hold it. */
	public QuestionId id() {
		return QuestionId.of(this.question.id());
	}

}
