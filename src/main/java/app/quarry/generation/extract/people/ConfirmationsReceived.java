package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "The paper said it had received confirmation from officials that “…”": words the
 * subject was given by others, after "from", are those others', not the subject's, and
 * the reporting verb before them names no speaker of theirs; the words after "from" name
 * who gave them when they name a body or describe ones who speak.
 */
final class ConfirmationsReceived {

	/** Nouns for word passed on to someone, which "from" names the giver of. */
	private static final Set<String> PASSED_ON = NameLexicon.words("confirmation", "confirmations", "assurance",
			"assurances", "reassurance", "reassurances", "word", "guarantee", "guarantees", "promise", "promises");

	/** How far before the quotation the "from" may stand. */
	private static final int MAX_WORDS = 10;

	/** Words between "from" and "that" that may tell who gave the word. */
	private static final int MAX_GIVER_WORDS = 5;

	private ConfirmationsReceived() {
	}

	/**
	 * Whether the quotation opening at {@code open} is reported as word received from
	 * others.
	 */
	static boolean received(DocumentTokens doc, int open) {
		return giverAfter(doc, open) > 0;
	}

	/**
	 * Where the giver named after "from" starts, for a quotation reported as word
	 * received from others; -1 when it is not so reported.
	 */
	static int giverAfter(DocumentTokens doc, int open) {
		boolean that = false;
		for (int t = open - 1; t > 0 && open - t <= MAX_WORDS && !doc.boundaryBefore(t + 1); t--) {
			String lower = doc.get(t).lower();
			if (lower.equals("that")) {
				that = true;
			}
			else if (lower.equals("from")) {
				return that && PASSED_ON.contains(doc.get(t - 1).lower()) ? t + 1 : -1;
			}
			else if (doc.get(t).is("\"") || doc.get(t).is("“") || doc.get(t).is("”")
					|| SpeechVerbs.isSpeechVerb(lower)) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * "confirmation from harbour officials that “…”", "an assurance from the Water Board
	 * that “…”": who gave the word, when the whole of what stands between "from" and
	 * "that" names a body or describes ones who speak; else null.
	 */
	static LocalPerson giver(DocumentTokens doc, SourceSpeakers sources, int from, int open) {
		int that = from;
		while (that < open && !doc.get(that).lower().equals("that")) {
			that++;
		}
		if (that >= open || that == from || that - from > MAX_GIVER_WORDS) {
			return null;
		}
		for (int t = from; t < that; t++) {
			if (!doc.get(t).word() || t > from && NameLexicon.FUNCTION_WORDS.contains(doc.get(t).lower())) {
				return null; // "from talks with the union": no giver told alone
			}
		}
		if (SubjectActs.pronoun(doc.get(from).lower())) {
			return null; // "from his lawyers": whose, a quiz cannot say
		}
		String last = doc.get(that - 1).lower();
		boolean plural = last.endsWith("s") && !last.endsWith("ss");
		if (plural && !doc.get(that - 1).capitalized() && SourceSpeakers.speaks(last)) {
			return SourceSpeakers.described(doc.span(from, that)); // "from Acme
																	// officials"
		}
		int name = SourceSpeakers.ARTICLES.contains(doc.get(from).lower()) ? from + 1 : from;
		return sources.nameEnd(name) == that ? sources.namedAt(from) : null; // "from the
																				// Water
																				// Board"
	}

}
