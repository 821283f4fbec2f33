package app.quarry.generation.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words between a number and its noun that look like something else: "four family firms",
 * "three daily papers" end in "-ly" as adverbs do, and "two US banks", "three IT
 * suppliers" are written as the pronoun "us" or "it" would be in capitals. They describe
 * the noun after them, which is still what the number counts.
 */
final class CountModifiers {

	/**
	 * Nouns and adjectives ending in "-ly" that stand before a noun; other "-ly" words
	 * are adverbs, after which the number is not followed by its noun ("two only").
	 */
	private static final Set<String> NOT_ADVERBS = Set.of("family", "assembly", "supply", "rally", "ally", "monopoly",
			"elderly", "early", "daily", "weekly", "fortnightly", "monthly", "quarterly", "yearly", "hourly", "nightly",
			"friendly", "costly", "deadly", "lonely", "lovely", "likely", "orderly", "holy", "ugly", "timely", "jelly",
			"belly", "lily", "bully", "burly", "curly", "jolly", "silly", "unlikely", "unfriendly", "homely", "lowly",
			"manly", "motherly", "fatherly", "brotherly", "sisterly", "scholarly", "stately", "worldly", "leisurely",
			"kindly", "lively", "smelly", "woolly", "wily", "oily", "hilly", "chilly", "sly");

	/** "US", "IT", "UK": an abbreviation in capitals names something. */
	private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,5}");

	private CountModifiers() {
	}

	/** Whether a lower-case word ending in "-ly" describes the noun after it. */
	static boolean describesNoun(String lower) {
		return NOT_ADVERBS.contains(lower);
	}

	/**
	 * Whether a word is an abbreviation in capitals ("US"), not a function word ("us"),
	 * when another word follows it.
	 */
	static boolean abbreviation(String raw) {
		return CAPITALS.matcher(raw).matches();
	}

}
