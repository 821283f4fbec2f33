package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The words a newspaper or magazine takes as its name when one word is all of it: "the
 * Sentinel newspaper", "the Clarion magazine". Another single word before the noun of a
 * title is no name of one: "the Halvorsen newspaper" is the one its owner holds, "the
 * Leeds newspaper" one of a town.
 */
final class MastheadWords {

	private static final Set<String> WORDS = NameLexicon.words("times", "guardian", "telegraph", "independent",
			"mirror", "sun", "star", "express", "mail", "post", "herald", "tribune", "chronicle", "journal", "gazette",
			"observer", "standard", "record", "courier", "echo", "scotsman", "economist", "spectator", "statesman",
			"news", "globe", "inquirer", "enquirer", "examiner", "bulletin", "argus", "sentinel", "advertiser",
			"dispatch", "register", "leader", "press", "telegram", "monitor", "voice", "nation", "age", "australian",
			"citizen", "reporter", "review", "pioneer", "hindu", "week", "listener", "tablet", "oldie", "lancet",
			"banner", "clarion", "beacon", "mercury", "daily", "weekly", "gleaner", "world", "today");

	private MastheadWords() {
	}

	/** Whether the one capitalized word at {@code t} may be all of a title's name. */
	static boolean names(DocumentTokens doc, int t) {
		return WORDS.contains(doc.get(t).lower());
	}

}
