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

	private PronounOnes() {
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
		String word = next.group(1).toLowerCase(Locale.ROOT);
		return IRREGULAR.contains(word)
				|| word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed") && !ED_NOUNS.contains(word);
	}

}
