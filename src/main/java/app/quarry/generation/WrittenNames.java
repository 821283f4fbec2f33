package app.quarry.generation;

import java.util.regex.Pattern;

import app.quarry.generation.extract.EntityFact;

/**
 * An organisation's name as a prompt says it: with "the" where the text writes it so
 * ("What is the Norland Academy?", not "What is Norland Academy?"). The text's "the"
 * counts only where the name stands alone after it, not where it qualifies a noun ("the
 * Vetra news agency" is the agency's article) unless the noun is a newspaper's ("the
 * Sentinel newspaper"), and where a creed stands between the article and a government's
 * or movement's name ("the fundamentalist Vetra government").
 */
final class WrittenNames {

	private static final Pattern THE_BEFORE = Pattern.compile("(?<!\\p{L})[Tt]he\\s+$");

	/** "the fundamentalist ": an article, then one word in lower case. */
	private static final Pattern THE_AND_CREED_BEFORE = Pattern.compile("(?<!\\p{L})the\\s+\\p{Ll}[\\p{Ll}-]*\\s+$");

	/**
	 * What may follow a name that stands alone: a mark, the end, a verb or a link word.
	 */
	private static final Pattern ALONE_AFTER = Pattern
		.compile("^(?:[,.;:)!?\"”’']|\\s*$|\\s+(?:is|was|are|were|has|had|"
				+ "have|said|says|and|or|of|in|on|at|to|for|which|who|that|will|would|could|can|may|might|also|as|from|with"
				+ "|by|announced|reported|says|told)\\b)");

	/**
	 * The noun of a newspaper's or magazine's kind after its name: "the Sentinel
	 * newspaper" is called "the Sentinel", "the Harbour Courier newspaper" "the Harbour
	 * Courier", the article the title's own.
	 */
	private static final Pattern TITLE_AFTER = Pattern
		.compile("^\\s+(?:newspaper|magazine|tabloid|journal|broadsheet|weekly|daily)\\b");

	/** What a creed describes: "the fundamentalist Vetra government". */
	private static final Pattern RULER_AFTER = Pattern
		.compile("^\\s+(?:government|regime|movement|militia|faction|rebels|guerrillas)\\b");

	private WrittenNames() {
	}

	/** The fact's name, with the article the text gives it. */
	static String called(String text, EntityFact fact) {
		String name = fact.value();
		if (text == null || name.regionMatches(true, 0, "the ", 0, 4) || fact.start() < 4
				|| fact.end() > text.length()) {
			return name;
		}
		String before = text.substring(Math.max(0, fact.start() - 40), fact.start());
		String after = text.substring(fact.end(), Math.min(text.length(), fact.end() + 20));
		boolean the = THE_BEFORE.matcher(before).find()
				&& (ALONE_AFTER.matcher(after).find() || TITLE_AFTER.matcher(after).find())
				|| THE_AND_CREED_BEFORE.matcher(before).find() && RULER_AFTER.matcher(after).find();
		return the ? "the " + name : name;
	}

}
