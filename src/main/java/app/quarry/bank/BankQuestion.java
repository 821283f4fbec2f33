package app.quarry.bank;

import static app.quarry.bank.QuestionLimits.ANSWER;
import static app.quarry.bank.QuestionLimits.ANSWER_LINES;
import static app.quarry.bank.QuestionLimits.FORMAT;
import static app.quarry.bank.QuestionLimits.ID;
import static app.quarry.bank.QuestionLimits.PROMPT;
import static app.quarry.bank.QuestionLimits.QUOTE;
import static app.quarry.bank.QuestionLimits.TYPE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of the bank, exactly the fields of {@code bank.json}. {@code value} is the
 * normalized answer as text (a count is written to JSON as an integer); {@code sources}
 * lists every sentence stating the same fact, {@code source} first. The longest text of
 * each field is in {@link QuestionLimits}.
 */
public record BankQuestion(@NotBlank @Size(max = ID, message = MAX) String id,
		@NotBlank @Size(max = TYPE, message = MAX) String type,
		@NotBlank @Size(max = FORMAT, message = MAX) String format,
		@NotBlank @Size(max = PROMPT, message = MAX) String prompt,
		@NotBlank @Size(max = ANSWER, message = MAX) String answer,
		@NotNull @Size(max = ANSWER, message = MAX) String value,
		@OnePerLine(max = ANSWER_LINES) List<@NotNull @Size(max = ANSWER, message = MAX) String> accepted,
		@OnePerLine(max = ANSWER_LINES) List<@NotNull @Size(max = ANSWER, message = MAX) String> options,
		@Nullable @Size(max = QUOTE, message = MAX) String quote, @NotNull @Valid Source source,
		List<@NotNull @Valid Source> sources) {

	/** How a field over its limit is described. */
	static final String MAX = "must be at most {max} characters";

	public BankQuestion {
		accepted = List.copyOf(accepted);
		options = List.copyOf(options);
		sources = List.copyOf(sources);
	}

	/** This question with one more source stating the same fact. */
	public BankQuestion withSource(Source more) {
		if (this.sources.contains(more)) {
			return this;
		}
		List<Source> all = new java.util.ArrayList<>(this.sources);
		all.add(more);
		return new BankQuestion(this.id, this.type, this.format, this.prompt, this.answer, this.value, this.accepted,
				this.options, this.quote, this.source, all);
	}

}
