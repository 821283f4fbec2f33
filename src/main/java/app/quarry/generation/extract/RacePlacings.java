package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a race or league report gives a finishing place beyond "finished third": the
 * move that reached it ("battled to second", "slipped to ninth", "was beaten into
 * fourth"), the taking of it ("I took third"), the slot it names ("trailing in sixth
 * spot") and the results line that sets it after a name and before a time ("with Tom Vos
 * second in 21.58 secs").
 */
final class RacePlacings {

	private RacePlacings() {
	}

	/**
	 * "battled to", "slipped back to", "was beaten into", "surged up to", "rose to",
	 * "took": a verb of moving, being pushed or taking, then the place it reached.
	 */
	private static final Pattern MOVED_TO = Pattern
		.compile("\\b(?:(?:[a-z]{3,}(?:ed|ing|en)|rose|ran|fell|fought|slid|went|got|drove|swam|rode|sped|crept)"
				+ "(?:\\s+(?:up|down|back|through))?\\s+(?:in)?to|took|taking|takes|take)\\s+$");

	/**
	 * Verbs in -ed that point to a thing, not a place: "referred to first", "compared to
	 * second".
	 */
	private static final Pattern NOT_MOVING = Pattern
		.compile("\\b(?:referr|compar|relat|limit|restrict|add|us|amount|respond|object|listen|point)(?:ed|ing)"
				+ "(?:\\s+\\S+)?\\s+\\S+\\s+$");

	/**
	 * What follows a place a move reached: the end of its clause, or the race, time,
	 * standing or rival it is given with ("second in 7:41", "fourth at the meeting",
	 * "third behind Ana Roe"); not "and", which may join ordinals ranking a noun ("to
	 * first and second division clubs").
	 */
	private static final Pattern AFTER_MOVE = Pattern.compile(
			"\\s*(?:[.,;:)!?\"”]|$|\\s(?:in|at|behind|on|overall|place|spot|position|for|after|with|because|as|when|but|while|despite|ahead)\\b)");

	/** "second in command": a rank held, not a place in a race. */
	private static final Pattern IN_COMMAND = Pattern.compile("\\s+in\\s+command\\b");

	/** "in sixth spot", "in third position": the slot a place names. */
	private static final List<String> SLOTS = List.of("place", "spot", "position");

	/** "Tom Vos " or "Dutchman Tom Vos ": a name just before a results placing. */
	private static final Pattern NAME_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}’'.-]+\\s+$");

	/**
	 * " in 21.58 secs", " in 7:41.42", " with 8.10m": the result a placing was run in.
	 */
	private static final Pattern RESULT_AFTER = Pattern.compile("\\s+(?:in|with)\\s+\\d+(?:[.:]\\d+)*\\s*[a-z]*");

	/**
	 * Whether an ordinal standing alone is a finishing place by one of these shapes.
	 */
	static boolean places(String clean, Matcher m, String lowerBefore, List<String> words) {
		int end = m.end("ord");
		if (!words.isEmpty() && SLOTS.contains(CountWords.clip(words.get(0)).replaceAll("\\W+$", ""))
				&& lowerBefore.endsWith("in ")) {
			return true; // "trailing in sixth spot"
		}
		if (IN_COMMAND.matcher(clean).region(end, clean.length()).lookingAt()) {
			return false;
		}
		if (MOVED_TO.matcher(lowerBefore).find() && !NOT_MOVING.matcher(lowerBefore).find()
				&& AFTER_MOVE.matcher(clean).region(end, clean.length()).lookingAt()) {
			return true; // "fought to third in 9:12", "was pushed into fifth"
		}
		// "Tom Vos second in 21.58 secs": a results line
		String before = clean.substring(Math.max(0, m.start() - 40), m.start());
		return Character.isLowerCase(m.group("ord").charAt(0)) && NAME_BEFORE.matcher(before).find()
				&& RESULT_AFTER.matcher(clean).region(end, clean.length()).lookingAt();
	}

}
