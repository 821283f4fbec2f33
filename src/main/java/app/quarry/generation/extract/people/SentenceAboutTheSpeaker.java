package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * '“…,” Roe said. Roe lost her son in the crash. “…”': a sentence of the document's own
 * that tells about the one who just spoke, with that person as its subject and no one
 * else named, does not end the speaker's turn; the quotation that opens the next sentence
 * of the same paragraph goes on with the same voice. A sentence that names anyone else,
 * quotes anything, brings in someone by a role ("her deputy"), or is about something else
 * still ends it.
 */
final class SentenceAboutTheSpeaker {

	/** Words that bring another person in: "over to", "with", "introduced", "invited". */
	private static final Set<String> TURNED_TO = NameLexicon.words("to", "with", "introduced", "introduces", "invited",
			"invites", "welcomed", "welcomes");

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
			if (t > subject.endToken && handedTo(t)) {
				return false; // "handed over to her deputy": another voice may follow
			}
		}
		return true;
	}

	/**
	 * A word for a person that the speaker turns to, hands over to or brings in: "to her
	 * deputy", "introduced the site manager", "with a nurse". The one so brought in is
	 * the likeliest next voice; a person only told of ("lost her son") is not.
	 */
	private boolean handedTo(int t) {
		Token token = this.doc.get(t);
		String lower = token.lower();
		if (!token.word() || token.capitalized()
				|| !NameLexicon.isRoleNoun(lower) && !PersonNounLexicon.contains(lower) && !AgentNouns.isAgent(lower)
				|| !headsItsPhrase(t)) {
			return false;
		}
		for (int b = t - 1; b >= Math.max(0, t - 4); b--) {
			if (TURNED_TO.contains(this.doc.get(b).lower())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "to her deputy.", "the manager to the crowd": a noun that ends its phrase, not a
	 * word qualifying one ("the official No campaign").
	 */
	private boolean headsItsPhrase(int t) {
		if (t + 1 >= this.doc.size() || this.doc.boundaryBefore(t + 1) || !this.doc.get(t + 1).word()) {
			return true;
		}
		String next = this.doc.get(t + 1).lower();
		return !this.doc.get(t + 1).capitalized()
				&& (NameLexicon.PREPOSITIONS.contains(next) || NameLexicon.FUNCTION_WORDS.contains(next));
	}

}
