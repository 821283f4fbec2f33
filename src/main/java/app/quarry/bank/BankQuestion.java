package app.quarry.bank;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One question of the bank, exactly the fields of {@code bank.json}. {@code value} is the
 * normalized answer as text (a count is written to JSON as an integer); {@code sources}
 * lists every sentence stating the same fact, {@code source} first.
 */
public record BankQuestion(String id, String type, String format, String prompt, String answer, String value,
		List<String> accepted, List<String> options, @Nullable String quote, Source source, List<Source> sources) {

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
