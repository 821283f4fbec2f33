package app.quarry.generation.extract.people;

/**
 * "Says Tom Roe, a banker in Leeds: “…”", "Replied port spokesman Tom Roe, “…”": a
 * sentence that opens with its speech verb puts the speaker right after it and hands over
 * to the quotation with a colon or a comma.
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

	/**
	 * The speaker of the quotation after {@code comma} in "Replied port spokesman Tom
	 * Roe, “…”": the name must close the words between the verb and the comma, with
	 * nothing but its own title before it, as a comma (unlike a colon) also closes words
	 * about someone else; null when the sentence is not so.
	 */
	static Mention speakerBeforeComma(DocumentPeople people, int comma) {
		DocumentTokens doc = people.doc;
		if (comma < 2 || !doc.get(comma).is(",")) {
			return null;
		}
		int start = comma;
		while (start > 0 && doc.sentence[start - 1] == doc.sentence[comma]) {
			start--;
		}
		Token verb = doc.get(start);
		if (start + 1 >= comma || !verb.word() || !verb.capitalized() || !SpeechVerbs.isSpeechVerb(verb.lower())
				|| SpeechVerbs.isParticiple(verb.lower())) {
			return null;
		}
		Mention speaker = people.index.mentionEndingAt(comma - 1);
		if (speaker == null || speaker.kind != Mention.Kind.NAME || speaker.firstToken <= start) {
			return null;
		}
		// "Replied the lawyer of Tom Roe, “…”": the name's own title must reach back to
		// the verb
		return speaker.phraseStartToken == start + 1 ? speaker : null;
	}

	/**
	 * "Says one Acme worker, “…”": a speaker picked out of a group with "one", after the
	 * speech verb that opens the sentence, is the description as written; null for
	 * anything else.
	 */
	static FoundSpeaker oneOfAGroupBeforeComma(DocumentTokens doc, int comma) {
		if (comma < 3 || !doc.get(comma).is(",")) {
			return null;
		}
		int verb = comma - 1;
		while (verb > 0 && doc.sentence[verb - 1] == doc.sentence[comma]) {
			verb--;
		}
		Token token = doc.get(verb);
		if (!token.word() || !token.capitalized() || !SpeechVerbs.isSpeechVerb(token.lower())
				|| SpeechVerbs.isParticiple(token.lower())) {
			return null;
		}
		return OnesOfAGroupSpeaking.described(doc, verb + 1, comma);
	}

}
