package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Roe had been put through a series of tests, “as part of a plan drawn up by …”", "Roe
 * died at noon, “surrounded by friends …”": quoted words that open in lower case after a
 * comma carry on the writer's own clause. With no speech verb before them, they are words
 * taken from a source the sentence does not name, not what its subject said; a comma
 * hands over a speaker's words only when they open as words of their own ("Roe,
 * stony-faced, to the court: “I regret nothing”"). A pronoun and a speech verb right
 * after the quote ("Roe shrugged, “and I would do it again,” he said") tag the words as
 * spoken after all, by the subject the pronoun goes back to.
 */
final class ClausesRunningIntoQuotes {

	/**
	 * Pronouns that open a speech tag after a quote and stand for its sentence's subject.
	 */
	private static final Set<String> TAG_PRONOUNS = Set.of("he", "she", "they", "we");

	/** How many tokens the quote may run before its close is looked for no further. */
	private static final int MAX_QUOTE_TOKENS = 80;

	private ClausesRunningIntoQuotes() {
	}

	/**
	 * Whether the quote opening at {@code open} follows a comma and opens in lower case.
	 */
	static boolean carriesOn(DocumentTokens doc, int open) {
		if (open < 1 || !doc.get(open - 1).is(",")) {
			return false;
		}
		for (int t = open + 1; t < doc.size() && t <= open + 2; t++) {
			Token token = doc.get(t);
			if (token.word()) {
				return !token.capitalized() && !token.lower().equals("i") && !taggedByPronoun(doc, open);
			}
			if (!token.is("[") && !token.is("(") && !token.is("…") && !token.is("...")) {
				return false;
			}
		}
		return false;
	}

	/** Whether the quote opening at {@code open} closes on a tag like ", he said". */
	private static boolean taggedByPronoun(DocumentTokens doc, int open) {
		int n = doc.size();
		for (int t = open + 1; t < n && t <= open + MAX_QUOTE_TOKENS; t++) {
			Token token = doc.get(t);
			if (token.is("”") || token.is("\"")) {
				int tag = t + 1;
				while (tag < n && doc.get(tag).is(",")) {
					tag++;
				}
				return tag + 1 < n && !doc.afterLineBreak[tag] && TAG_PRONOUNS.contains(doc.get(tag).lower())
						&& SpeechVerbs.isSpeechVerb(doc.get(tag + 1).lower());
			}
		}
		return false;
	}

}
