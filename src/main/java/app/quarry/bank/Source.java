package app.quarry.bank;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Where a question comes from: a sentence of a document, by character offsets (UTF-16
 * code units) into the document's text as stored, and the sentence itself.
 */
public record Source(@NotBlank @Size(max = QuestionLimits.DOCUMENT_ID, message = BankQuestion.MAX) String document,
		@PositiveOrZero int start, @PositiveOrZero int end,
		@Size(max = QuestionLimits.SENTENCE, message = BankQuestion.MAX) String sentence) {

}
