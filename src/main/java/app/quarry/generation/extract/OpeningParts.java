package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "on the first morning of the fair", "the first round of talks", "the first batch of
 * parcels": "the first" before one noun and "of" names the opening part of something, not
 * a place in a rank; it tells no count, and "first" is what anyone would guess for the
 * blank. "The second day of the strike" does count the days. A time of day or week needs
 * no "of": "by the morning of the first day" opens what the story tells of, and "from the
 * first whistle" or "at the first bell" is the signal that starts a contest.
 */
final class OpeningParts {

	/** Nouns for a stage or portion of something that runs on. */
	private static final Set<String> STAGES = Set.of("day", "night", "week", "weekend", "round", "stage", "phase",
			"part", "batch", "group", "wave", "session", "leg", "instalment", "installment", "tranche", "shipment");

	/** Stages that are spans of time: their first one opens the story's events. */
	private static final Set<String> TIME_STAGES = Set.of("day", "night", "week", "weekend", "morning", "evening",
			"afternoon");

	/**
	 * Signals that start a match, a fight or a race: "the first whistle" is its start.
	 */
	private static final Set<String> STARTING_SIGNALS = Set.of("whistle", "bell", "gun");

	private static final Pattern THE_BEFORE = Pattern.compile("\\bthe\\s+$");

	private OpeningParts() {
	}

	static boolean opening(String ordinal, String lowerBefore, List<String> words) {
		return ordinal.toLowerCase(Locale.ROOT).equals("first") && THE_BEFORE.matcher(lowerBefore).find()
				&& !words.isEmpty()
				&& (TIME_STAGES.contains(CountWords.clip(words.get(0)))
						|| STARTING_SIGNALS.contains(CountWords.clip(words.get(0)).replaceAll("\\W+$", ""))
						|| words.size() > 1 && STAGES.contains(CountWords.clip(words.get(0)))
								&& CountWords.clip(words.get(1)).equals("of"));
	}

}
