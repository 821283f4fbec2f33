package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * An age set off after a person's full name whose closing comma is missing or replaced:
 * "shot Jane Roe, 23 and her brother", "Ann Vale, 28 began wrestling", or a line of a
 * list of victims, "Mark Hale, 56 (tram driver)". Apart from {@link AgesWithoutUnits}
 * because the words after the number, not a comma, close the age here.
 */
final class AgesWithoutClosingComma {

	/**
	 * What may follow the age in place of its comma: "and" then the next person ("and her
	 * brother", "and Tom Vale, 25"), a note in brackets about the person ("(tram
	 * driver)"), or the verb of which the person is the subject ("began", "was").
	 */
	private static final Pattern CLOSE_AFTER = Pattern.compile("\\s+and\\s+(?:his|her|their)\\s"
			+ "|\\s+and\\s+(?:\\p{Lu}[\\p{L}’'-]+\\s+){1,2}?\\p{Lu}[\\p{L}’'-]+,\\s\\d{1,3}\\b" + "|\\s*\\((?=\\p{L})"
			+ "|\\s+(?:began|begins|was|is|had|has|said|says|told|tried|struggled|managed|survived|escaped|remains"
			+ "|remained|became|lives|lived|works|worked|who|whose)\\b");

	/**
	 * "In North Westria, 28 died": a place after a preposition, whose number counts what
	 * follows it.
	 */
	private static final Pattern PLACE_BEFORE = Pattern
		.compile("(?i)\\b(?:in|at|on|from|across|near|of|to|for|by|with|into|throughout)\\s+(?:the\\s+)?"
				+ "\\p{Lu}[\\p{L}.’'-]+\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{L}’'-]+,\\s$");

	private AgesWithoutClosingComma() {
	}

	/**
	 * Whether the bare number after {@code before} is the age of the person named just
	 * before it, closed by {@code rest} instead of a comma.
	 */
	static boolean closedByWords(long value, String before, String rest) {
		return value >= 5 && value <= 115 && CardinalUnits.FULL_NAME_BEFORE.matcher(before).find()
				&& !before.endsWith("age ") && !PLACE_BEFORE.matcher(before).find()
				&& CLOSE_AFTER.matcher(rest).lookingAt();
	}

}
