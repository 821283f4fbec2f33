package app.quarry.generation.extract;

import java.util.List;
import java.util.Set;

/**
 * "the shot 1st hit the post": an ordinal in digits with no determiner, whose next word
 * is followed at once by an article or a possessive, stands for "first" as an adverb; the
 * word after it is a verb taking its object, not a noun ranked ("7th minute goal" ranks,
 * for a noun is not followed by "the").
 */
final class AdverbialOrdinals {

	/** Words that open the object of a verb. */
	private static final Set<String> OBJECT_OPENERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
			"my", "your");

	/** Nouns an ordinal ranks, which no verb is: "on 7th minute the keeper saved". */
	private static final Set<String> RANKED_NOUNS = Set.of("minute", "round", "place", "half", "lap", "inning",
			"innings", "hole", "over", "set", "game", "day", "week", "floor", "time");

	private AdverbialOrdinals() {
	}

	/**
	 * Whether the {@code words} after a bare ordinal begin with a verb and its object.
	 */
	static boolean beforeVerb(List<String> words) {
		return words.size() > 1 && words.get(0).chars().allMatch(Character::isLetter)
				&& !RANKED_NOUNS.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))
				&& OBJECT_OPENERS.contains(CountWords.clip(words.get(1)));
	}

}
