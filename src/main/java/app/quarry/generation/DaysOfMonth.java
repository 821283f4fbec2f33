package app.quarry.generation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Days of the month in a prompt: "On Sept. 2, police raided _____ homes" does not give
 * "two" away, as a day names a day and counts nothing.
 */
final class DaysOfMonth {

	private static final String MONTHS = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
			+ "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

	/** "Sept. 2", "March 3rd", "2 May". */
	private static final Pattern DAY = Pattern.compile("\\b(?:(?:" + MONTHS
			+ ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:" + MONTHS + "))\\b");

	/** How each alternative of {@link #MONTHS} begins. */
	private static final List<String> MONTH_STARTS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
			"Sep", "Oct", "Nov", "Dec");

	private DaysOfMonth() {
	}

	/** The prompt with its days of the month left out. */
	static String aside(String prompt) {
		for (int i = 0; i < prompt.length(); i++) {
			if (Character.isDigit(prompt.charAt(i))) {
				return namesAMonth(prompt) ? DAY.matcher(prompt).replaceAll(" ") : prompt;
			}
		}
		return prompt; // no digit, no day: most prompts are left as they are
	}

	/**
	 * Whether the prompt holds the first three letters of a month, as every day of the
	 * month does: most prompts with a number have none, and the expression tried at each
	 * of their characters was most of this class's time.
	 */
	private static boolean namesAMonth(String prompt) {
		for (String month : MONTH_STARTS) {
			if (prompt.contains(month)) {
				return true;
			}
		}
		return false;
	}

}
