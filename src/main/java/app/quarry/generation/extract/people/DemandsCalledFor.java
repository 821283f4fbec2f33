package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Acme called for an “immediate halt” to the raids": to call for something is to demand
 * it out loud, so the words quoted after "called for" are the caller's, unlike those
 * after "called off" or "called up", which speak of no words.
 */
final class DemandsCalledFor {

	/**
	 * Words that join something more to what was called for: "help after a …", "calm and
	 * a …".
	 */
	private static final Set<String> LINKS = NameLexicon.words("after", "before", "since", "until", "when", "while",
			"because", "as", "if", "and", "but", "or", "following", "amid");

	private static final Set<String> CALL = NameLexicon.words("call", "calls", "called", "calling");

	private DemandsCalledFor() {
	}

	/**
	 * Words an article and a modifier may take between "for" and the quotation: "called
	 * for a full “…”".
	 */
	private static final int MAX_WORDS_BEFORE_QUOTE = 3;

	/**
	 * Whether the verb at {@code verb} is a form of "call" followed by "for", and the
	 * quotation opening at {@code open} is what is called for. "called for backup after a
	 * “…”" demands the backup: words quoted past a preposition describe something else,
	 * and are not the caller's.
	 */
	static boolean demand(DocumentTokens doc, int verb, int open) {
		if (verb + 1 >= doc.size() || !CALL.contains(doc.get(verb).lower()) || !doc.get(verb + 1).lower().equals("for")
				|| open - (verb + 2) > MAX_WORDS_BEFORE_QUOTE) {
			return false;
		}
		for (int t = verb + 2; t < open; t++) {
			String lower = doc.get(t).lower();
			if (!doc.get(t).word() || NameLexicon.PREPOSITIONS.contains(lower) || LINKS.contains(lower)) {
				return false;
			}
		}
		return true;
	}

}
