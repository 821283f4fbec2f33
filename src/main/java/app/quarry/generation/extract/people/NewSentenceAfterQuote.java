package app.quarry.generation.extract.people;

/**
 * '“We aim to back local clubs.” The Tories say the plan is too costly.': a quotation
 * that ends its own sentence with a full stop, followed by a new sentence whose speech
 * verb goes on with a clause of what was said, is not tagged by that sentence. Its
 * subject, named ('“…” Mr Lee said the firms were hiring.') or not (a party, a body, "the
 * critics"), reports other speech: neither its speaker nor one left unread is the
 * quotation's. A bare tag that ends right after its verb ('“…” The spokesman said.')
 * still may be one.
 */
final class NewSentenceAfterQuote {

	/** How far into the new sentence its speech verb may stand. */
	private static final int MAX_SUBJECT_WORDS = 6;

	private NewSentenceAfterQuote() {
	}

	/**
	 * Whether the sentence opening at {@code t}, right after a quotation closed with a
	 * full stop, reports speech of its own rather than tagging the quotation.
	 */
	static boolean reportsOtherSpeech(DocumentTokens doc, QuotedSpan span, int t) {
		if (span.innerEnd() <= span.innerStart() || doc.text.charAt(span.innerEnd() - 1) != '.' || t >= doc.size()
				|| !doc.startsSentence[t] || !doc.get(t).capitalized()) {
			return false;
		}
		int sentence = doc.sentence[t];
		for (int v = t + 1; v < doc.size() && v <= t + MAX_SUBJECT_WORDS && doc.sentence[v] == sentence; v++) {
			Token token = doc.get(v);
			if (!token.word()) {
				return false;
			}
			if (SpeechVerbs.isSpeechVerb(token.lower())) {
				return v + 1 < doc.size() && doc.sentence[v + 1] == sentence && doc.get(v + 1).word()
						&& !NameLexicon.PREPOSITIONS.contains(doc.get(v + 1).lower());
			}
		}
		return false;
	}

}
