package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Roe says the governor, described by the Herald as “…”, might back them": words a
 * passive hands to its agent are a source the sentence cites in passing, not the voice
 * the paragraph goes on in; a quotation after them does not continue the agent's words.
 */
final class SourcesCitedByPassives {

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/** Participles that take "by" and "as" without ending in -ed: "known by … as". */
	private static final Set<String> PARTICIPLES = NameLexicon.words("known", "seen", "held", "thought", "taken");

	/** How far before "as" the "by" of the agent may stand: "by the Westria Herald". */
	private static final int AGENT_TOKENS = 7;

	private SourcesCitedByPassives() {
	}

	/** Whether the quotation opening at {@code open} is given by a passive's agent. */
	static boolean citedBy(DocumentTokens doc, int open) {
		int t = open - 1;
		if (t > 0 && ARTICLES.contains(doc.get(t).lower())) {
			t--;
		}
		if (t < 2 || doc.boundaryBefore(t + 1) || !doc.get(t).lower().equals("as")) {
			return false;
		}
		for (int b = t - 2; b > 0 && t - b <= AGENT_TOKENS && !doc.boundaryBefore(b + 1); b--) {
			if (doc.get(b).lower().equals("by")) {
				String participle = doc.get(b - 1).lower();
				return participle.endsWith("ed") || PARTICIPLES.contains(participle);
			}
		}
		return false;
	}

}
