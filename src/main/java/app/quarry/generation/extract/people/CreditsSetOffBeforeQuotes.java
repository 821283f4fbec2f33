package app.quarry.generation.extract.people;

/**
 * "Roe held up the report “…”, written by Doe, and praised “…”": a participle set off by
 * commas with its agent ("written by Doe", "composed by Doe") credits the thing named
 * before it. Once the comma closes that phrase, words quoted later in the sentence are
 * not the agent's: a predicate joined on by "and" shares the sentence's subject, anything
 * else leaves the speaker unknown.
 */
final class CreditsSetOffBeforeQuotes {

	/** How many words the agent after "by" may take before the comma closing it. */
	private static final int MAX_AGENT_WORDS = 6;

	private CreditsSetOffBeforeQuotes() {
	}

	/**
	 * The comma closing a set-off credit whose participle is at {@code verb} and which
	 * closes before the quote opening at {@code open}, or -1 when the verb heads no such
	 * phrase.
	 */
	static int closingComma(DocumentTokens doc, int verb, int open) {
		if (verb < 1 || verb + 2 >= open || !doc.get(verb - 1).is(",") || !doc.get(verb + 1).lower().equals("by")
				|| !doc.get(verb).lower().endsWith("ed") && !doc.get(verb).lower().endsWith("en")) {
			return -1;
		}
		for (int t = verb + 2; t < open && t <= verb + 2 + MAX_AGENT_WORDS; t++) {
			if (doc.get(t).is(",")) {
				return t > verb + 2 ? t : -1;
			}
			if (!doc.get(t).word() || doc.boundaryBefore(t)) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * Whether the comma closing the credit is followed by "and" and a lower-case verb:
	 * the quote sits in a predicate that shares the subject of the sentence.
	 */
	static boolean predicateJoinedOn(DocumentTokens doc, int comma, int open) {
		return comma + 2 < open && doc.get(comma + 1).lower().equals("and") && doc.get(comma + 2).word()
				&& !doc.get(comma + 2).capitalized()
				&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(comma + 2).lower());
	}

}
