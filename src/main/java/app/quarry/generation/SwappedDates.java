package app.quarry.generation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A false statement reads as English as the true one does, so that its grammar does not
 * give it away. A calendar date put where a weekday or a relative phrase stood takes the
 * words a date needs: "shot on Friday night" becomes "shot on the night of October 25",
 * not "on October 25 night"; "Last month, the agency ..." becomes "In April 1989, the
 * agency ...", not "April 1989, the agency ..."; "Early next year the bank will ..."
 * becomes "In 2003 the bank will ..."; "under a June agreement" becomes "under an August
 * 1989 agreement".
 */
final class SwappedDates {

	/** Words after which a time needs no "on" of its own. */
	private static final Pattern PREPOSITION_BEFORE = Pattern
		.compile("(?i)\\b(?:on|of|by|until|till|since|from|to|before|after|through|at|for)\\s*$");

	private static final Pattern PART_OF_DAY = Pattern.compile("^ (night|morning|afternoon|evening)\\b");

	/**
	 * "October 25", "October 25, 1998", "25 October 1998": a day, not a month or year.
	 */
	private static final Pattern FULL_DATE = Pattern
		.compile(".*\\b\\p{L}+\\.? \\d{1,2}(?:, \\d{4})?$|^\\d{1,2} \\p{L}.*");

	/** "March 16–22, 1998": a span of days. */
	private static final Pattern RANGE = Pattern.compile("\\d[–-]\\d");

	/**
	 * A clause's own subject just after a date that opens it: "Next spring the council
	 * will ..."; a verb there ("2004 was a hard year") makes the date the subject.
	 */
	private static final Pattern CLAUSE_GOES_ON = Pattern
		.compile(" (?:the|a|an|it|he|she|they|we|I|its|his|her|their|this|these|those|some|many|most|all)\\b");

	private SwappedDates() {
	}

	/** The statement with the date written in, its surrounding words fitted to a date. */
	static String fitted(String statement, String date) {
		int at = statement.indexOf(date);
		if (at < 0 || date.isEmpty() || !Character.isDigit(date.charAt(date.length() - 1))) {
			return statement;
		}
		String before = statement.substring(0, at);
		String after = statement.substring(at + date.length());
		Matcher part = PART_OF_DAY.matcher(after);
		if (part.find()) {
			// "on Friday night" -> "on the night of October 25"
			String on = before.isBlank() ? "On " : PREPOSITION_BEFORE.matcher(before).find() ? "" : "on ";
			return before + on + "the " + part.group(1) + " of " + date + after.substring(part.end());
		}
		if (before.isBlank() && after.startsWith(",")) {
			// "Last month, ..." -> "In April 1989, ..."
			String opening = RANGE.matcher(date).find() ? "During " : FULL_DATE.matcher(date).matches() ? "On " : "In ";
			return opening + date + after;
		}
		if (before.isBlank() && CLAUSE_GOES_ON.matcher(after).lookingAt()) {
			// "Early next year the bank will ..." -> "In 2003 the bank will ...": a time
			// opening its clause, not its subject
			String opening = RANGE.matcher(date).find() ? "During " : FULL_DATE.matcher(date).matches() ? "On " : "In ";
			return opening + date + after;
		}
		if (before.endsWith(" a ") && Articles.indefiniteArticle(date).equals("an")) {
			return before.substring(0, before.length() - 2) + "an " + date + after;
		}
		return statement;
	}

}
