package app.quarry.generation.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages told without their unit beyond "Jane Roe, 34,": an age in apposition set off by a
 * dash ("Tom Hale, 17 – who was jailed"), an age qualified after "aged" ("aged over 19",
 * "aged under 16"), an age bounding a group of people ("people over 60") and the age a
 * group's member is said to have ("the average age of a member being 29").
 */
final class AgeShapes {

	private AgeShapes() {
	}

	/**
	 * "– who", " - who", "— a", or the blanks a lost dash leaves: a dash opening the
	 * clause that goes on about the person, then a word in lower case.
	 */
	private static final Pattern DASH_CLAUSE_AFTER = Pattern.compile("(?:\\s*[–—]\\s*|\\s+-\\s+|\\s{3})\\p{Ll}");

	/** "aged over ", "aged under ", "aged about ": an age given as a bound. */
	private static final Pattern AGED_BOUND_BEFORE = Pattern.compile(
			"(?i)\\baged\\s+(?:over|under|about|around|nearly|almost|roughly|at\\s+least|at\\s+most|up\\s+to)\\s+$");

	/**
	 * "the average age of a member being ", "the median age of voters is ": the age of a
	 * group's member, then the number it stands at.
	 */
	private static final Pattern AGE_OF_BEFORE = Pattern
		.compile("(?i)\\bage\\s+of\\s+(?:[\\p{L}’'-]+\\s+){1,4}(?:is|was|being|stood\\s+at|stands\\s+at|of|just)\\s+$");

	/**
	 * "people over 60", "pensioners under 75", "where people are over 80": people said to
	 * be past or short of a number, which can only be their age.
	 */
	private static final Pattern PEOPLE_BOUND_BEFORE = Pattern.compile("(?i)\\b(?:people|persons|those|anyone|everyone"
			+ "|children|adults|pensioners|men|women|boys|girls|players|voters|drivers|patients|residents|workers"
			+ "|users|gamers|viewers|readers|listeners|fans|members|students|customers|smokers|households\\s+with\\s+\\w+)\\s+(?:(?:are|were|is|was|be|being|aged)\\s+)?"
			+ "(?:over|under|above|below|older\\s+than|younger\\s+than)\\s+$");

	/** The age ends its clause: "aged over 19." but not "aged over 19 months". */
	private static final Pattern CLAUSE_AFTER = Pattern.compile("\\s*(?:[.,;:)!?]|\\s(?:and|but|or|when|in)\\b|$)");

	/**
	 * "aged ", "aged over ", "at the age of ", "by age ": the number after them is an
	 * age, whatever noun follows.
	 */
	private static final Pattern AGED_BEFORE = Pattern.compile("(?i)(?:\\baged|\\b(?:at|by|from|until|till|before"
			+ "|after|since)\\s+(?:the\\s+age\\s+of|age))\\s+(?:(?:over|under|above|below"
			+ "|about|around|nearly|almost|roughly|just|at\\s+least|at\\s+most|up\\s+to)\\s+)?$");

	/**
	 * A unit of time right after the number: "aged over 19 months" is no age in years.
	 */
	private static final Pattern TIME_UNIT_AFTER = Pattern.compile("(?i)[\\s-]+(?:years?|months?|weeks?|days?)\\b");

	/**
	 * "Those aged over 75 get free licences": the number after "aged" is the age that
	 * bounds a group, never a count of the noun the sentence goes on to, and it is one
	 * with no noun of its own after it too; its unit is years unless a unit of time
	 * follows it.
	 */
	static void ageAfterAged(CountCandidate c, String clean, Matcher m, String before) {
		if ("year".equals(c.unit) || c.value < 1 || c.value > 115 || c.scaled || c.ordinal
				|| !AGED_BEFORE.matcher(before).find()
				|| TIME_UNIT_AFTER.matcher(clean).region(m.end(), clean.length()).lookingAt()) {
			return;
		}
		c.unit = "year";
	}

	/** Reads an age in one of these shapes into a count without a unit. */
	static void read(CountCandidate c, String clean, Matcher m, String before) {
		if (c.unit != null || c.value < 1 || c.value > 115 || c.scaled) {
			return;
		}
		String rest = clean.substring(m.end(), Math.min(clean.length(), m.end() + 40));
		if (c.value >= 5 && CardinalUnits.FULL_NAME_BEFORE.matcher(before).find()
				&& DASH_CLAUSE_AFTER.matcher(rest).lookingAt()) {
			c.unit = "year"; // "Tom Hale, 17 – who was jailed"
		}
		else if ((AGED_BOUND_BEFORE.matcher(before).find() || AGE_OF_BEFORE.matcher(before).find()
				|| c.value >= 10 && PEOPLE_BOUND_BEFORE.matcher(before).find())
				&& CLAUSE_AFTER.matcher(rest).lookingAt()) {
			c.unit = "year"; // "aged over 19", "the mean age of a cyclist being 34"
		}
	}

}
