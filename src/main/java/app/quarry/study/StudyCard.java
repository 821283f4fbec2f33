package app.quarry.study;

import java.util.List;
import java.util.Objects;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.Siblings;
import app.quarry.bank.grading.AnswerKey;

/**
 * One question as a study session shows it: what is asked, how it is answered, and the
 * sentence it came from.
 */
public record StudyCard(String questionId, QuestionFormat format, String type, String prompt, String answer,
		String value, List<String> accepted, List<String> options, String documentId, String documentTitle,
		int sourceStart, int sourceEnd, String sourceSentence) {

	public StudyCard {
		Objects.requireNonNull(questionId, "questionId");
		Objects.requireNonNull(format, "format");
		accepted = (accepted == null) ? List.of() : List.copyOf(accepted);
		options = (options == null) ? List.of() : List.copyOf(options);
	}

	public AnswerKey answerKey() {
		return AnswerKey.forQuestion(this.type, this.answer, this.value, this.accepted);
	}

	/** What tells this card's siblings (the other cards of its fact). */
	public Siblings.Card fact() {
		return new Siblings.Card(this.questionId, this.type, this.format.bankName(), String.valueOf(this.value),
				this.answer, this.prompt, this.documentId, this.sourceStart);
	}

}
