package app.quarry.generation.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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

	/**
	 * "won the ", "second in the ": the event a runner won, ran or placed in, told before
	 * its distance.
	 */
	private static final Pattern RUN_IN_BEFORE = Pattern
		.compile("(?i)\\b(?:in|won|wins|win|winning|entered|enters|contested|contest|ran|runs|run|raced)\\s+the\\s+$");

	/** " metres.", " metres, ", " metres and ": the distance ends its clause. */
	private static final Pattern METRES_END_AFTER = Pattern.compile(
			"(?i)\\s+(?:metres|meters)(?:\\s*[.,;:)!?]|\\s+(?:and|in|at|on|for|with|after|before|but|while)\\b|$)");

	private RaceDistances() {
	}

	/** Whether a word names something a race has: "champion", "title", "record". */
	static boolean ofARace(String word) {
		return OF_A_RACE.contains(word.toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * Whether the count from {@code start} to {@code end} is "N metres" naming a race:
	 * before what a race has, or as the event a runner won or placed in ("second in the
	 * 400 metres"), where no length is measured.
	 */
	static boolean namesRace(String clean, int start, int end) {
		return namesRace(clean, end) || RUN_IN_BEFORE.matcher(clean.substring(Math.max(0, start - 30), start)).find()
				&& METRES_END_AFTER.matcher(clean).region(end, clean.length()).lookingAt();
	}

	/** Whether the count ending at {@code end} is "N metres" naming a race. */
	static boolean namesRace(String clean, int end) {
		List<String> words = CountWords.wordsAfter(clean, end);
		return words.size() >= 2 && METRES.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))
				&& OF_A_RACE.contains(words.get(1).toLowerCase(java.util.Locale.ROOT));
	}

}
