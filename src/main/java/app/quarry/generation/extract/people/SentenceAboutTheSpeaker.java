package app.quarry.generation.extract.people;

/**
 * '“…,” Roe said. Roe lost her son in the crash. “…”': a sentence of the document's own
 * that tells about the one who just spoke, with that person as its subject and no one
 * else named, does not end the speaker's turn; the quotation that opens the next sentence
 * of the same paragraph goes on with the same voice. A sentence that names anyone else,
 * quotes anything, or is about something else still ends it.
 */
final class SentenceAboutTheSpeaker {

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final FrontedSubjects fronted;

	SentenceAboutTheSpeaker(DocumentPeople people) {
		this.people = people;
		this.doc = people.doc;
		this.fronted = new FrontedSubjects(people, new AttributionClauses(people));
	}

	/**
	 * Whether exactly one sentence stands between the close of the earlier quotation and
	 * the later one, which opens its own sentence in the same paragraph, and that
	 * sentence is about the earlier quotation's speaker alone.
	 */
	boolean between(QuotedSpan earlier, QuotedSpan later, LocalPerson speaker) {
		if (speaker == null || speaker.described || !earlier.closed()) {
			return false;
		}
		int open = this.doc.tokenAt(later.start());
		int first = this.doc.tokenAt(later.innerStart());
		if (open <= 0 || open >= this.doc.size() || this.doc.afterLineBreak[open] || !this.doc.startsSentence[open]
				|| first >= this.doc.size() || !this.doc.get(first).capitalized()) {
			return false;
		}
		int closeSentence = this.people.sentenceOfClose(earlier);
		if (this.doc.sentence[open] - closeSentence != 2) {
			return false;
		}
		int start = open - 1;
		while (start > 0 && !this.doc.boundaryBefore(start)) {
			start--;
		}
		for (int t = this.doc.tokenAt(earlier.end()); t < open; t++) {
			if (this.doc.afterLineBreak[t]) {
				return false; // another paragraph
			}
		}
		Mention subject = this.fronted.mainClauseSubject(start, open);
		if (subject == null || subject.person != speaker || subject.possessive || subject.unclearReferent
				|| subject.unclearSurname || !subject.subject) {
			return false;
		}
		for (Mention mention : this.people.mentions) {
			if (mention.firstToken >= start && mention.firstToken < open && mention.person != speaker
					&& mention.kind != Mention.Kind.PRONOUN) {
				return false;
			}
		}
		for (int t = start; t < open; t++) {
			Token token = this.doc.get(t);
			if (token.is("\"") || token.is("“") || token.is("”")
					|| SpeechVerbs.isSpeechVerb(token.lower()) && !token.capitalized()) {
				return false; // quoted words, or speech the sentence reports itself
			}
		}
		return true;
	}

}
