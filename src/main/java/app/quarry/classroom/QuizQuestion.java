package app.quarry.classroom;

import java.util.List;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.Siblings;

/**
 * A bank question as a quiz uses it: one version of it, with what grading needs.
 *
 * @param id the bank's stable question id
 * @param version the version shown (edits make a new one)
 * @param type what it tests ({@code date}, {@code count}, {@code quote}, ...)
 * @param format how it is asked ({@code multiple_choice}, {@code typed}, {@code cloze},
 * {@code true_false}, {@code flashcard})
 * @param prompt the question text
 * @param answer the correct answer as displayed
 * @param value the normalized answer
 * @param accepted other accepted wordings
 * @param options choices for multiple choice and true/false
 * @param document id of the document it came from
 * @param sentenceStart where its source sentence starts in the document (its siblings,
 * the other cards of its fact, come from the same sentence)
 */
public record QuizQuestion(String id, int version, String type, String format, String prompt, String answer,
		String value, List<String> accepted, List<String> options, String document, int sentenceStart) {

	public QuizQuestion {
		accepted = List.copyOf(accepted);
		options = List.copyOf(options);
	}

	/** What tells this question's siblings, the other cards of its fact. */
	public Siblings.Card fact() {
		return new Siblings.Card(this.id, this.type, this.format, this.value, this.answer, this.prompt, this.document,
				this.sentenceStart);
	}

	public boolean isChoice() {
		return QuestionFormat.of(this.format).map(QuestionFormat::hasOptions).orElse(false);
	}

}
