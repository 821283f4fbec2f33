package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "The paper said it had received confirmation from officials that “…”": words the
 * subject was given by others, after "from", are those others', not the subject's, and
 * the reporting verb before them names no speaker of theirs.
 */
final class ConfirmationsReceived {

	/** Nouns for word passed on to someone, which "from" names the giver of. */
	private static final Set<String> PASSED_ON = NameLexicon.words("confirmation", "confirmations", "assurance",
			"assurances", "reassurance", "reassurances", "word", "guarantee", "guarantees", "promise", "promises");

	/** How far before the quotation the "from" may stand. */
	private static final int MAX_WORDS = 10;

	private ConfirmationsReceived() {
	}

	/**
	 * Whether the quotation opening at {@code open} is reported as word received from
	 * others.
	 */
	static boolean received(DocumentTokens doc, int open) {
		boolean that = false;
		for (int t = open - 1; t > 0 && open - t <= MAX_WORDS && !doc.boundaryBefore(t + 1); t--) {
			String lower = doc.get(t).lower();
			if (lower.equals("that")) {
				that = true;
			}
			else if (lower.equals("from")) {
				return that && PASSED_ON.contains(doc.get(t - 1).lower());
			}
			else if (doc.get(t).is("\"") || doc.get(t).is("“") || doc.get(t).is("”")
					|| SpeechVerbs.isSpeechVerb(lower)) {
				return false;
			}
		}
		return false;
	}

}
