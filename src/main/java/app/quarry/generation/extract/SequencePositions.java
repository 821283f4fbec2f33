package app.quarry.generation.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number after the name of a step in a sequence tells which step: "on lap 140", "day
 * five of the games", "during round 3", "by stage 12", "in game 7 of the series". It
 * places an event in a race, a tournament or a trial as "the 140th lap" would, and is
 * asked as the number written. Only where a preposition leads to the step or "of" and a
 * colon follow it: "that day one motions were filed" names a kind of motion.
 */
final class SequencePositions {

	private SequencePositions() {
	}

	/** The steps that races, tournaments, trials and seasons are counted in. */
	private static final String STEP = "lap|day|round|stage|leg|game|hole|inning|heat|week";

	/** "on lap ", "during Round ", "by day ": a preposition leading to the step. */
	private static final Pattern LED_STEP_BEFORE = Pattern
		.compile("(?i)\\b(?:on|in|at|by|during|until|till|after|before|from|to|since|through|into|of)\\s+(?<step>"
				+ STEP + ")\\s+$");

	/** "day ", "Stage ": the step alone right before the number. */
	private static final Pattern STEP_BEFORE = Pattern.compile("(?i)(?<![\\p{L}-])(?<step>" + STEP + ")\\s+$");

	/** " of the", ":": what tells a step of a whole ("day five of the games"). */
	private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\s+(?:the|this|that|its|their)\\b|:");

	/**
	 * The step the number at {@code end} places, as its unit ("lap"), or null when it
	 * places none.
	 */
	static String step(String clean, String before, int end) {
		Matcher led = LED_STEP_BEFORE.matcher(before);
		if (led.find()) {
			return led.group("step").toLowerCase(Locale.ROOT);
		}
		Matcher step = STEP_BEFORE.matcher(before);
		if (step.find() && OF_AFTER.matcher(clean).region(end, clean.length()).lookingAt()) {
			return step.group("step").toLowerCase(Locale.ROOT);
		}
		return null;
	}

}
