package app.quarry.generation.extract.people;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words a newspaper or magazine takes as its name when one word is all of it: "the
 * Sentinel newspaper", "the Clarion magazine". Another single word before the noun of a
 * title is no name of one: "the Halvorsen newspaper" is the one its owner holds, "the
 * Leeds newspaper" one of a town.
 */
final class MastheadWords {

	/**
	 * The words that close a paper's name after another word too ("the Daily Courier",
	 * "the Halden Times"); the looser ones ("World", "Voice") name as many other things.
	 */
	private static final Set<String> CLOSING = NameLexicon.words("times", "post", "herald", "tribune", "chronicle",
			"gazette", "telegraph", "guardian", "courier", "inquirer", "enquirer", "examiner", "sentinel", "dispatch",
			"mail", "globe", "express", "journal", "observer", "news", "bulletin", "advertiser");

	private static final Set<String> WORDS = Stream.concat(CLOSING.stream(),
			Stream.of("independent", "mirror", "sun", "star", "standard", "record", "echo", "scotsman", "economist",
					"spectator", "statesman", "argus", "register", "leader", "press", "telegram", "monitor", "voice",
					"nation", "age", "australian", "citizen", "reporter", "review", "pioneer", "hindu", "week",
					"listener", "tablet", "oldie", "lancet", "banner", "clarion", "beacon", "mercury", "daily",
					"weekly", "gleaner", "world", "today"))
		.collect(Collectors.toUnmodifiableSet());

	private MastheadWords() {
	}

	/** Whether the one capitalized word at {@code t} may be all of a title's name. */
	static boolean names(DocumentTokens doc, int t) {
		return WORDS.contains(doc.get(t).lower());
	}

	/** Whether the lower-cased word closes a paper's name after another word. */
	static boolean closesName(String lower) {
		return CLOSING.contains(lower);
	}

}
