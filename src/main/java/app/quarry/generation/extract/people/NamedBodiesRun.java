package app.quarry.generation.extract.people;

import java.util.Map;

/**
 * "Jane Roe runs Acme", "Jane Roe runs Zenith Holdings from Leeds": a subject that runs a
 * body named right after the verb is its head. Only a capitalized name counts as what is
 * run: "runs the risk", "runs a marathon" say nothing of who someone is. "Leads" is left
 * out: "Roe leads Smith by five points" names a rival, not a body.
 */
final class NamedBodiesRun {

	/** The verb and the role its subject holds over the named body. */
	private static final Map<String, String> VERBS = Map.of("runs", "head");

	private static final int MAX_NAME_TOKENS = 5;

	private NamedBodiesRun() {
	}

	/** "head of Acme" for "runs Acme" at {@code verb}, or null. */
	static String roleAt(DocumentTokens doc, int verb) {
		String noun = VERBS.get(doc.get(verb).lower());
		int first = verb + 1;
		if (noun == null || first >= doc.size() || doc.boundaryBefore(first) || !nameWord(doc.get(first))) {
			return null;
		}
		int end = first;
		while (end < doc.size() && end - first < MAX_NAME_TOKENS && !doc.boundaryBefore(end)
				&& (nameWord(doc.get(end)) || link(doc, end))) {
			end++;
		}
		if (end - first >= MAX_NAME_TOKENS || !closes(doc, end)) {
			return null;
		}
		return noun + " of " + doc.span(first, end);
	}

	/** A capitalized word, no sentence-opening function word ("runs The ..."). */
	private static boolean nameWord(Token token) {
		return token.word() && token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(token.lower())
				&& !NameFinder.isPossessiveMark(token);
	}

	/**
	 * "Bank of Leeds", "Marks & Sons": a link inside a name between capitalized words.
	 */
	private static boolean link(DocumentTokens doc, int t) {
		String lower = doc.get(t).lower();
		return (lower.equals("of") || lower.equals("&")) && t + 1 < doc.size() && !doc.boundaryBefore(t + 1)
				&& nameWord(doc.get(t + 1));
	}

	/**
	 * The name ends the clause or gives way to words saying where, when or how: "runs
	 * Acme's Dutch arm" runs a part of Acme, and "runs Acme and Zenith" two bodies.
	 */
	private static boolean closes(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return true;
		}
		Token next = doc.get(end);
		return next.is(",") || next.is(".") || next.word() && !next.capitalized() && !NameFinder.isPossessiveMark(next)
				&& !next.lower().equals("and") && !next.lower().equals("or");
	}

}
