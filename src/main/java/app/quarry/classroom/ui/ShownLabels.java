package app.quarry.classroom.ui;

import app.quarry.bank.QuestionStatus;

/**
 * What teachers read for the bank's stored values: "Multiple choice", not
 * {@code multiple_choice}; "Draft", not {@code DRAFT}. An unknown value is shown in words
 * rather than hidden, so a new format still reads sensibly.
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
		return switch (format) {
			case "multiple_choice" -> "Multiple choice";
			case "true_false" -> "True or false";
			case "typed" -> "Typed answer";
			case "cloze" -> "Fill in the blank";
			case "flashcard" -> "Flashcard";
			default -> words(format);
		};
	}

	static String type(String type) {
		return switch (type) {
			case "date" -> "Date";
			case "count" -> "Number";
			case "quote" -> "Who said it";
			case "person" -> "Person";
			case "entity" -> "Organisation";
			case "letter" -> "Letter";
			case "imported" -> "Imported";
			default -> words(type);
		};
	}

	/** "" (no filter) as "Any", else the label. */
	static String anyOr(String value, java.util.function.UnaryOperator<String> label) {
		return value.isEmpty() ? "Any" : label.apply(value);
	}

	private static String words(String value) {
		String spaced = value.replace('_', ' ').strip();
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
