package app.quarry.classroom;

import java.util.Map;

/**
 * A question's field as a teacher knows it from the edit form and from GIFT, rather than
 * as the bank's record names it.
 */
final class FormLabels {

	private static final Map<String, String> LABELS = Map.of("prompt", "the question text", "answer", "the answer",
			"value", "the answer", "accepted", "the accepted answers", "options", "the options", "quote",
			"the quotation", "id", "the question id", "source.sentence", "the source", "sources", "the sources");

	private FormLabels() {
	}

	/**
	 * {@code "accepted[2]: must be at most 2000 characters"} as {@code "the accepted
	 * answers (number 3) must be at most 2000 characters"}.
	 */
	static String of(String problem) {
		int colon = problem.indexOf(": ");
		if (colon < 0) {
			return problem;
		}
		String field = problem.substring(0, colon);
		String what = problem.substring(colon + 2);
		String index = "";
		int bracket = field.indexOf('[');
		if (bracket > 0 && field.endsWith("]")) {
			try {
				index = " (number " + (Integer.parseInt(field.substring(bracket + 1, field.length() - 1)) + 1) + ")";
			}
			catch (NumberFormatException ex) {
				index = "";
			}
			field = field.substring(0, bracket);
		}
		return LABELS.getOrDefault(field, field) + index + " " + what;
	}

}
