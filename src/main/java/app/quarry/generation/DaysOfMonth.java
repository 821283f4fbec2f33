package app.quarry.generation;

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

	private DaysOfMonth() {
	}

	/** The prompt with its days of the month left out. */
	static String aside(String prompt) {
		for (int i = 0; i < prompt.length(); i++) {
			if (Character.isDigit(prompt.charAt(i))) {
				return DAY.matcher(prompt).replaceAll(" ");
			}
		}
		return prompt; // no digit, no day: most prompts are left as they are
	}

}
