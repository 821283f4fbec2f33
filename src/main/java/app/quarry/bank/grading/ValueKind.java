package app.quarry.bank.grading;

import app.quarry.bank.QuestionType;

import java.util.regex.Pattern;

/** How an answer's normalized value is to be read when grading typed responses. */
public enum ValueKind {

	/**
	 * An ISO 8601 date, month, year or range, or a day or month without its year
	 * ({@code --05-24}).
	 */
	DATE,
	/** An integer count. */
	NUMBER,
	/** A name or other text. */
	TEXT;

	private static final Pattern ISO_DATE = Pattern.compile(
			"(\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?)|(--\\d{2}(-\\d{2})?(/--\\d{2}(-\\d{2})?)?)");

	private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

	/**
	 * The kind for a bank question type ({@code date}, {@code count}, ...); other types
	 * are read from the value's shape, a bare four-digit number counting as a number.
	 */
	public static ValueKind of(String questionType, String value) {
		if (QuestionType.DATE.names(questionType)) {
			return ISO_DATE.matcher(value).matches() ? DATE : TEXT;
		}
		if (QuestionType.COUNT.names(questionType)) {
			return INTEGER.matcher(value).matches() ? NUMBER : TEXT;
		}
		if (INTEGER.matcher(value).matches()) {
			return NUMBER;
		}
		return ISO_DATE.matcher(value).matches() ? DATE : TEXT;
	}

}
