package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * A bare number that is an age: "aged 56", "Jane Roe, 34,", "until she was 24.". Apart
 * from {@link CardinalUnits} because an age is read from the words around the number, not
 * from a noun after it.
 */
final class AgesWithoutUnits {

	/**
	 * "Papermaster, 49, left", "Jane, now 10, was", "Jane Roe, age 34," and "dies aged
	 * 56": an age without its unit; so is one set off after a word for a person that a
	 * determiner opens ("her younger sister, 14, was", "the driver, 52, was"), since
	 * nothing else about a person is told by a bare number between commas.
	 */
	static final Pattern AGE_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}.’'-]+,\\s(?:now\\s|age\\s)?|\\b[Aa]ged\\s+"
			+ "|,\\s[Aa]ge\\s+|\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Aa]nother|[Aa]n?|\\p{L}+['’]s)\\s+"
			+ "(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}"
			+ "(?:sister|brother|son|daughter|boy|girl|man|woman|wife|husband|mother|father|widow|widower|victim"
			+ "|suspect|driver|teenager|child|friend|nephew|niece|cousin|grandson|granddaughter|grandmother"
			+ "|grandfather|pilot|gunman|partner|fiancée?|girlfriend|boyfriend),\\s)$");

	/**
	 * "Labour Party, 45; Green Party, 12": a body's name before the number, whose number
	 * is a tally of seats or votes, never an age.
	 */
	private static final Pattern BODY_NAME_BEFORE = Pattern
		.compile("\\b(?:Party|Council|Union|Group|League|Association|Committee|Club|Front|Alliance|Movement|Congress"
				+ "|Democrats|Republicans|Inc\\.?|Ltd\\.?|Corp\\.?|Company|Bank|University|United|City|County|Rovers"
				+ "|Athletic|Team),\\s(?:age\\s)?$");

	static final Pattern SENTENCE_END = Pattern.compile("\\.(?:[\\s\"”’']|$)");

	/** "Tom, 16 at the time, said": an age set off with the time it held at. */
	private static final Pattern AT_THE_TIME_AFTER = Pattern.compile("\\s+at\\s+the\\s+time\\s*,");

	/**
	 * "at the age of twenty", "until age 16", "until she was 24,", "until the child turns
	 * 18.", "she will turn 40 next month", "before they reach age 18": an age in years
	 * without its unit.
	 */
	static final Pattern AT_AGE_BEFORE = Pattern
		.compile("(?i)(?:\\b(?:at|until|by|from|since|before|after|under|over)\\s+(?:the\\s+)?age\\s+(?:of\\s+)?"
				+ "|\\bage\\s+of\\s+|\\b(?:reach|reaches|reached|reaching)\\s+(?:the\\s+)?age\\s+(?:of\\s+)?|\\b(?:until|when|since|before|after)\\s+(?:he|she)\\s+(?:was|turned)\\s+"
				+ "|\\b(?:turns|turned|turning)\\s+|\\b(?:will|would|to|may|might|shall|[’']ll)\\s+turn\\s+)$");

	/**
	 * The age ends its clause: "until she was 24." or "when she was seven so the family
	 * moved", but not "when he was 24 hours late"; a time said after it ("turns 60 next
	 * week", "died at the age of 81 last May") tells when, and no noun is counted.
	 */
	static final Pattern CLAUSE_AFTER = Pattern
		.compile("\\s*(?:[.,;:)]|\\s(?:and|but|when|in|so|because|while|until|before|after|he|she|they)\\b|$)" + "|"
				+ TimesAfterAges.REGEX);

	/**
	 * "met Tom Vale and Ann Lee, 41 and 52, at": two people named, then their two ages in
	 * the same order. Before the first age: the second name after "and"; before the
	 * second: the first age and "and".
	 */
	private static final Pattern PAIR_NAMED_BEFORE = Pattern
		.compile("\\band\\s+(?:\\p{Lu}[\\p{L}.’'-]+\\s+){0,2}\\p{Lu}[\\p{L}’'-]+,\\s(?:\\d{1,3}\\s+and\\s+)?$");

	private static final Pattern SECOND_AGE_AFTER = Pattern.compile("\\s+and\\s+\\d{1,3},");

	private static final Pattern FIRST_AGE_BEFORE = Pattern.compile(",\\s\\d{1,3}\\s+and\\s+$");

	private AgesWithoutUnits() {
	}

	/**
	 * "at the age of 81.", "until she was 24,": an age after words that say one comes.
	 */
	static boolean afterAgeWords(long value, String before, String rest) {
		return value >= 1 && value <= 130 && AT_AGE_BEFORE.matcher(before).find()
				&& CLAUSE_AFTER.matcher(rest).lookingAt();
	}

	/**
	 * "Jane Roe, 34,", "dies aged 56", "Jane Roe, 20; Tom Hale, 19": an age set off after
	 * a name or a word for a person; a body's name before the number makes it a tally.
	 */
	static boolean setOffAfterPerson(long value, String before, String lowerBefore, String rest) {
		if (value >= 5 && value <= 115 && PAIR_NAMED_BEFORE.matcher(before).find()
				&& (SECOND_AGE_AFTER.matcher(rest).lookingAt()
						|| rest.startsWith(",") && FIRST_AGE_BEFORE.matcher(before).find())) {
			return true;
		}
		return value >= 5 && value <= 115 && AGE_BEFORE.matcher(before).find()
				&& !BODY_NAME_BEFORE.matcher(before).find()
				&& (rest.startsWith(",") || AgesWithoutClosingComma.closedByWords(value, before, rest)
						|| AT_THE_TIME_AFTER.matcher(rest).lookingAt() || lowerBefore.endsWith("aged ")
						|| (SENTENCE_END.matcher(rest).lookingAt() || rest.startsWith(";"))
								&& CardinalUnits.FULL_NAME_BEFORE.matcher(before).find());
	}

}
