package app.quarry.generation.extract;

import java.util.List;
import java.util.Set;

/**
 * A distance in metres that names a race rather than measures anything: "one of the 800
 * metres favourites", "the 400 metres runner", "a new 10,000 metres record". Written
 * before the runner, the favourite, the record or the final, the number is the event's
 * name, as "the 800 metres" is, and no count a reader is asked to recall.
 */
final class RaceDistances {

	private static final Set<String> METRES = Set.of("metres", "meters", "metre", "meter");

	/** What a race has: its runners, favourites, champions, records, finals and heats. */
	private static final Set<String> OF_A_RACE = Set.of("runner", "runners", "favourite", "favourites", "favorite",
			"favorites", "champion", "champions", "record", "records", "final", "finals", "heat", "heats", "title",
			"titles", "race", "races", "event", "events", "specialist", "specialists", "winner", "winners", "medallist",
			"medallists", "medalist", "medalists", "hurdles", "hurdler", "hurdlers", "gold", "silver", "bronze", "semi",
			"semifinal", "semifinals");

	private RaceDistances() {
	}

	/** Whether a word names something a race has: "champion", "title", "record". */
	static boolean ofARace(String word) {
		return OF_A_RACE.contains(word.toLowerCase(java.util.Locale.ROOT));
	}

	/** Whether the count ending at {@code end} is "N metres" naming a race. */
	static boolean namesRace(String clean, int end) {
		List<String> words = CountWords.wordsAfter(clean, end);
		return words.size() >= 2 && METRES.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))
				&& OF_A_RACE.contains(words.get(1).toLowerCase(java.util.Locale.ROOT));
	}

}
