package app.quarry.generation.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Day words that tell no day here: "Today" in a programme's or a paper's name, "today's
 * youth" for the present age, "cars of tomorrow" for the age to come, "the final week of
 * April" for a week inside the period named after it. Kept apart so the reading of a
 * relative date sees only the words that do place one.
 */
final class RelativeWordsReadOtherwise {

	/** A capitalized word just before, in the same sentence: "USA Today". */
	private static final Pattern IN_A_NAME = Pattern.compile("(?<![.!?:\"“]\\s)\\b\\p{Lu}(?:[\\p{L}.]*\\p{L})?\\s+$");

	/**
	 * Any word just before on the same line, a possessive too: "the BBC's Today
	 * programme", "he told Tonight": a day word capitalised inside a sentence is the name
	 * of a programme or a paper, since news prose writes the day in lower case there.
	 */
	private static final Pattern WORD_BEFORE = Pattern.compile(
			"(?<![.!?:\"“]\\s)(?<![\\p{L}\\p{N}.'’-])[\\p{L}\\p{N}](?:[\\p{L}\\p{N}.'’-]*[\\p{L}\\p{N}'’])?[ \\t\\u00a0]+$");

	/** The day words that also name programmes and papers: "Today", "Tonight". */
	private static final Set<String> NAMING_DAY_WORDS = Set.of("Today", "Tonight", "Tomorrow", "Yesterday");

	/**
	 * "the final week of April", "the first week of the year": a week inside the period
	 * named after it, not the week before the date line.
	 */
	private static final Pattern WEEK_OF_A_PERIOD = Pattern
		.compile("\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}|month\\b|year\\b)");

	/**
	 * "today's youth", "today's world": the present age, not the day, as a noun for
	 * people or for the times makes it; like "the world of today", no time expression.
	 */
	private static final Pattern PRESENT_AGE = Pattern
		.compile("['’]s\\s+(?:\\p{Ll}+\\s+)?(?:world|youth|society|generations?"
				+ "|children|kids|teen(?:ager)?s|young|families|parents|women|men|people|culture|technology|standards|life"
				+ "|lifestyles?|consumers|workers|students|politics|media|music|fashion|computers|cars)\\b");

	/**
	 * "the people of tomorrow", "cars of tomorrow": the age to come, not the day after
	 * the reference; "the outcome of tomorrow's vote" is the day.
	 */
	private static final Pattern OF_BEFORE = Pattern.compile("(?i)\\bof\\s+$");

	private RelativeWordsReadOtherwise() {
	}

	/**
	 * Whether the relative words {@code rel}, from {@code s} to {@code e} in
	 * {@code clean}, name or mean something other than a day to place.
	 */
	static boolean at(String rel, String clean, int s, int e) {
		if (rel.equals("Today") && IN_A_NAME.matcher(clean.substring(Math.max(0, s - 30), s)).find()) {
			// "USA Today", "VOA Today": a name, not the day
			return true;
		}
		if (NAMING_DAY_WORDS.contains(rel) && WORD_BEFORE.matcher(clean.substring(Math.max(0, s - 30), s)).find()) {
			return true;
		}
		if (WeekdayNames.startsAName(rel, clean, s, e)) {
			return true;
		}
		if (rel.equalsIgnoreCase("today") && PRESENT_AGE.matcher(clean).region(e, clean.length()).lookingAt()) {
			// a generic present that TimeML leaves untagged: no time is told
			return true;
		}
		if (rel.equalsIgnoreCase("tomorrow") && OF_BEFORE.matcher(clean.substring(Math.max(0, s - 4), s)).find()
				&& !RelativeDates.POSSESSIVE.matcher(clean).region(e, clean.length()).lookingAt()) {
			return true;
		}
		if (rel.toLowerCase(Locale.ROOT).endsWith("week")
				&& WEEK_OF_A_PERIOD.matcher(clean).region(e, clean.length()).lookingAt()) {
			return true;
		}
		return false;
	}

}
