package app.quarry.bank;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a question, as it was shown and graded while it was current. Versions
 * are never changed or deleted, so an attempt that showed version 1 can always be read
 * back as it was.
 *
 * @param questionId the question's stable id
 * @param version its number, counting up from the first (1 for questions added now)
 * @param type what it tests
 * @param format how it is asked
 * @param prompt the question text
 * @param answer the answer as displayed
 * @param value the normalized answer
 * @param accepted accepted wordings
 * @param options choices (empty for typed formats)
 * @param quote the quotation a quote question is about, or null
 * @param createdAt when it became the current version
 * @param editedBy the account id of the teacher who made it, or null when the bank import
 * did
 */
public record QuestionVersion(String questionId, int version, String type, String format, String prompt, String answer,
		String value, List<String> accepted, List<String> options, @Nullable String quote, Instant createdAt,
		@Nullable Long editedBy) {

	public QuestionVersion {
		accepted = List.copyOf(accepted);
		options = List.copyOf(options);
	}

	/**
	 * Names of the fields that differ from {@code earlier} (prompt, answer, value,
	 * accepted, options, quote, type, format), in that order.
	 */
	public List<String> changedSince(QuestionVersion earlier) {
		List<String> changed = new java.util.ArrayList<>();
		add(changed, "prompt", this.prompt, earlier.prompt);
		add(changed, "answer", this.answer, earlier.answer);
		add(changed, "value", this.value, earlier.value);
		add(changed, "accepted", this.accepted, earlier.accepted);
		add(changed, "options", this.options, earlier.options);
		add(changed, "quote", this.quote, earlier.quote);
		add(changed, "type", this.type, earlier.type);
		add(changed, "format", this.format, earlier.format);
		return changed;
	}

	private static void add(List<String> changed, String name, @Nullable Object now, @Nullable Object before) {
		if (!java.util.Objects.equals(now, before)) {
			changed.add(name);
		}
	}

}
