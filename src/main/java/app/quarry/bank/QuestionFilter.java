package app.quarry.bank;

import org.jspecify.annotations.Nullable;

/** What the bank page filters by; null or blank means any. */
public record QuestionFilter(@Nullable String type, @Nullable String format, @Nullable String document,
		@Nullable String text) {

	public static final QuestionFilter ANY = new QuestionFilter(null, null, null, null);

}
