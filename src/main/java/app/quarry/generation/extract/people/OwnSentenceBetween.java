package app.quarry.generation.extract.people;

/**
 * '“…” Mr Roe said buyers were wary of “new fads”.': a sentence of the document's own
 * between two quotations, with a subject and a verb of its own, stands between them; the
 * speaker it gives the later words says nothing of who said the earlier ones, which only
 * the words right before it (or none) can hand over ('“…” “…,” Roe said.').
 */
final class OwnSentenceBetween {

	private OwnSentenceBetween() {
	}

	/**
	 * Whether a whole sentence opens between the close of the earlier quotation and the
	 * opening of the later one and runs on to words of the document's own before it.
	 */
	static boolean separates(DocumentTokens doc, QuotedSpan earlier, QuotedSpan later) {
		int from = doc.tokenAt(earlier.end());
		int to = doc.tokenAt(later.start());
		if (from >= to || from >= doc.size() || !doc.boundaryBefore(from)) {
			return false;
		}
		int words = 0;
		boolean verb = false;
		for (int t = from; t < to && t < doc.size(); t++) {
			if (!doc.get(t).word()) {
				continue;
			}
			words++;
			String lower = doc.get(t).lower();
			// the speech verb must be followed by words of its own, a clause of what was
			// said, not hand over with a colon ("Roe said: “…”")
			verb |= SpeechVerbs.isSpeechVerb(lower) && t + 1 < to && doc.get(t + 1).word();
		}
		return verb && words >= 4;
	}

}
