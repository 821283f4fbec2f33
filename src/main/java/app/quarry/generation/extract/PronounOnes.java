package app.quarry.generation.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "two teams, one local and one made up of volunteers": "one" right before a past
 * participle and the particle or preposition it takes stands for one of the things named
 * before; it counts no "made", and the count is the one of the whole ("two teams").
 */
final class PronounOnes {

	/** The word after "one", then a particle or preposition. */
	private static final Pattern WORD_THEN_PARTICLE = Pattern
		.compile("\\s+(\\p{Ll}+)\\s+(?:up|by|of|in|from|with|for|to|on|at|out|into|under|after)\\b");

	/** Past participles that do not end in "-ed". */
	private static final Set<String> IRREGULAR = Set.of("made", "done", "given", "taken", "seen", "known", "built",
			"run", "set", "held", "left", "kept", "found", "led", "born", "sent", "put", "told", "brought", "bought",
			"caught", "won", "lost", "shot", "hit", "cut", "chosen", "written", "driven", "drawn", "paid", "sold",
			"struck", "hidden", "stolen", "thrown", "shown", "grown", "torn", "worn", "sworn", "spent");

	/** Nouns that end in "-ed" like a participle. */
	private static final Set<String> ED_NOUNS = Set.of("hundred", "shred", "sled", "kindred", "sacred", "bed", "red",
			"shed");

	/**
	 * " to 14 months": what a verb did to the one it took, told by a number after "to".
	 */
	private static final Pattern TO_NUMBER_AFTER = Pattern
		.compile("\\s+to\\s+(?:\\d|(?i:" + NumberWords.CARDINAL_REGEX + ")\\b)");

	/** "and sentenced ": a verb in the past whose object the "one" after it is. */
	private static final Pattern PAST_VERB_BEFORE = Pattern.compile("\\b(\\p{Ll}{3,})\\s+$");

	/**
	 * "two Acme managers": a count of more than one, the group the "one" is taken from.
	 */
	private static final Pattern GROUP_BEFORE = Pattern
		.compile("(?:\\b(?:[2-9]|\\d{2,})|\\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
				+ "|dozens?|several|some|many))\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:\\p{Ll}+(?:s|men)|people|children)\\b");

	private PronounOnes() {
	}

	/**
	 * Whether the "one" ending at {@code end} is the object of a verb in the past, taken
	 * from a group the sentence counted before: "held two managers and jailed one to 14
	 * months" tells of one manager, and the months are fourteen; "will take one to two
	 * years", with no group before, is a range.
	 */
	static boolean takenFromGroup(String clean, String card, int sentenceStart, int start, int end) {
		if (!card.equals("one") || !TO_NUMBER_AFTER.matcher(clean).region(end, clean.length()).lookingAt()) {
			return false;
		}
		String before = clean.substring(sentenceStart, start);
		Matcher verb = PAST_VERB_BEFORE.matcher(before);
		if (!verb.find() || !isPastParticiple(verb.group(1))) {
			return false;
		}
		return GROUP_BEFORE.matcher(before).find();
	}

	/** Whether the "one" ending at {@code end} stands for a thing named before it. */
	static boolean pronoun(String clean, String card, int end) {
		if (!card.equals("one")) {
			return false;
		}
		Matcher next = WORD_THEN_PARTICLE.matcher(clean).region(end, clean.length());
		if (!next.lookingAt()) {
			return false;
		}
		return isPastParticiple(next.group(1).toLowerCase(Locale.ROOT));
	}

	private static boolean isPastParticiple(String word) {
		return IRREGULAR.contains(word)
				|| word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed") && !ED_NOUNS.contains(word);
	}

}
