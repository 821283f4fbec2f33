package app.quarry.classroom.ui;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.QuestionType;

/**
 * What teachers read for the bank's stored values: "Multiple choice", not
 * {@code multiple_choice}; "Draft", not {@code DRAFT}. The format and type labels are the
 * bank's own, so every view names them alike.
 */
final class ShownLabels {

	private ShownLabels() {
	}

	static String status(QuestionStatus status) {
		return switch (status) {
			case DRAFT -> "Draft";
			case APPROVED -> "Approved";
			case RETIRED -> "Retired";
		};
	}

	static String format(String format) {
		return QuestionFormat.label(format);
	}

	static String type(String type) {
		return QuestionType.label(type);
	}

	/** "" (no filter) followed by each value's bank name: the items of a filter. */
	static <E extends Enum<E>> java.util.List<String> anyAnd(E[] values,
			java.util.function.Function<E, String> bankName) {
		java.util.List<String> items = new java.util.ArrayList<>(java.util.List.of(""));
		for (E value : values) {
			items.add(bankName.apply(value));
		}
		return items;
	}

	/** "" (no filter) as "Any", else the label. */
	static String anyOr(String value, java.util.function.UnaryOperator<String> label) {
		return value.isEmpty() ? "Any" : label.apply(value);
	}

}
