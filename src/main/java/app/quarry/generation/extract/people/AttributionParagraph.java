package app.quarry.generation.extract.people;

/**
 * A paragraph that is only a quotation, and a next paragraph that opens in lower case
 * with the speech verb: '“This is a hard but needed step.” ⏎ said Mary Roe, the
 * minister.' The source broke one sentence in two, so the attribution that opens the
 * second paragraph is the quotation's own.
 */
final class AttributionParagraph {

	private AttributionParagraph() {
	}

	/**
	 * Whether the token at {@code verb}, first of its line, is a lower-case speech verb
	 * continuing the quotation opened at {@code open} and closed at {@code close}, which
	 * fills its own line.
	 */
	static boolean continues(DocumentTokens doc, int open, int close, int verb) {
		if (verb >= doc.size() || verb != close + 1 || !doc.afterLineBreak[verb] || !doc.afterLineBreak[open]) {
			return false;
		}
		Token word = doc.get(verb);
		// "said Roe" or "says Roe", never a capitalised "Said" that opens a sentence of
		// its own
		return word.word() && !word.capitalized() && SpeechVerbs.isSpeechVerb(word.lower()) && verb + 1 < doc.size()
				&& !doc.boundaryBefore(verb + 1) && doc.get(verb + 1).word();
	}

}
