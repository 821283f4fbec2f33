package app.quarry.bank.grading;

import java.util.List;
import java.util.Objects;

/**
 * What a response is graded against: the answer as displayed, its normalized value (an
 * ISO 8601 date, an integer, a canonical name or plain text, as in the bank format),
 * other accepted wordings, and how the value is to be read.
 */
public record AnswerKey(String answer, String value, List<String> accepted, ValueKind kind) {

	public AnswerKey {
		Objects.requireNonNull(answer, "answer");
		value = (value == null) ? answer : value;
		accepted = (accepted == null) ? List.of() : List.copyOf(accepted);
		kind = (kind == null) ? ValueKind.of("", value) : kind;
	}

	/** A key whose kind is read from the shape of the value. */
	public AnswerKey(String answer, String value, List<String> accepted) {
		this(answer, value, accepted, null);
	}

	/** A key for a bank question of the given type ({@code date}, {@code count}, ...). */
	public static AnswerKey forQuestion(String type, String answer, String value, List<String> accepted) {
		String normalized = (value == null) ? answer : value;
		return new AnswerKey(answer, normalized, accepted, ValueKind.of(type, normalized));
	}

}
