package app.quarry.generation.extract.people;

/**
 * "Says Tom Roe, a banker in Leeds: “…”": a sentence that opens with its speech verb puts
 * the speaker right after it and hands over to the quotation with a colon.
 */
final class InvertedAttributions {

	private InvertedAttributions() {
	}

	/**
	 * The speaker of the quotation after {@code colon}, or null when the sentence is not
	 * so.
	 */
	static Mention speakerBeforeColon(DocumentPeople people, int colon) {
		DocumentTokens doc = people.doc;
		int start = colon;
		while (start > 0 && doc.sentence[start - 1] == doc.sentence[colon]) {
			start--;
		}
		Token verb = doc.get(start);
		if (start + 1 >= colon || !verb.word() || !verb.capitalized() || !SpeechVerbs.isSpeechVerb(verb.lower())
				|| SpeechVerbs.isParticiple(verb.lower())) {
			return null;
		}
		for (int t = start + 1; t < colon; t++) {
			if (doc.get(t).is("\"") || doc.get(t).is("“") || doc.get(t).is("”")) {
				return null; // another quotation's words stand between
			}
		}
		Mention speaker = people.index.mentionStartingAt(start + 1);
		return speaker != null && speaker.person != null && speaker.endToken <= colon ? speaker : null;
	}

}
