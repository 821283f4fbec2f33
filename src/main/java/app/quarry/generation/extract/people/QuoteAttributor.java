package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Finds who said the words in one quoted span, and whether they are a quotation at all.
 * The speaker is the subject of a speech verb next to the quote ("…,” Trump said", "said
 * Shin Beom-chul", "She stated, “…"), of a participle before it ("…, noting, “…" -> the
 * subject of the main clause), of a speech verb earlier in the sentence ("Kim had told …
 * that he wanted to “…”"), or the person after "according to". Short spans with no
 * attribution right beside them, and title-like spans, are phrases, not quotations.
 */
final class QuoteAttributor {

	private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("also", "later", "then", "again", "once",
			"further", "had", "has", "have", "did", "does", "was", "would", "will", "could", "simply", "earlier",
			"previously", "recently", "reportedly", "publicly", "explicitly", "repeatedly");

	private static final int MAX_LOOK_BACK = 40;

	private static final int SHORT_PHRASE_WORDS = 2;

	private static final int CLAUSE_WORDS = 6;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	QuoteAttributor(DocumentPeople people) {
		this.people = people;
		this.doc = people.doc;
	}

	Attribution attribute(QuotedSpan span) {
		int open = this.doc.tokenAt(span.start());
		int afterClose = this.doc.tokenAt(span.end());
		int words = wordsBetween(this.doc.tokenAt(span.innerStart()), this.doc.tokenAt(span.innerEnd()));
		LocalPerson after = span.closed() ? afterQuote(afterClose) : null;
		if (after != null) {
			return new Attribution(true, after);
		}
		if (words <= SHORT_PHRASE_WORDS) {
			return Attribution.PHRASE;
		}
		LocalPerson before = beforeQuote(open);
		if (before != null) {
			return new Attribution(true, before);
		}
		boolean clause = words >= CLAUSE_WORDS && !titleLike(span);
		return !span.closed() || clause ? new Attribution(true, null) : Attribution.PHRASE;
	}

	private LocalPerson afterQuote(int t) {
		int n = this.doc.size();
		while (t < n && (this.doc.get(t).is(",") || this.doc.get(t).is("—")) && !this.doc.boundaryBefore(t)) {
			t++;
		}
		if (t >= n || this.doc.afterLineBreak[t] || !this.doc.get(t).word()) {
			return null;
		}
		String lower = this.doc.get(t).lower();
		if (SpeechVerbs.isSpeechVerb(lower)) {
			Mention speaker = this.people.mentionStartingAt(t + 1);
			return speaker == null ? null : speaker.person;
		}
		if (lower.equals("according") && t + 1 < n && this.doc.get(t + 1).lower().equals("to")) {
			Mention speaker = this.people.mentionStartingAt(t + 2);
			return speaker == null ? null : speaker.person;
		}
		Mention subject = this.people.mentionStartingAt(t);
		if (subject == null) {
			return null;
		}
		int v = subject.appositionEndToken;
		if (v < n && this.doc.get(v).is(",")) {
			v++;
		}
		while (v < n && this.doc.get(v).word() && BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(v).lower())) {
			v++;
		}
		return v < n && SpeechVerbs.isSpeechVerb(this.doc.get(v).lower()) ? subject.person : null;
	}

	private LocalPerson beforeQuote(int open) {
		if (this.doc.boundaryBefore(open)) {
			return null;
		}
		int sentence = this.doc.sentence[open];
		int limit = Math.max(0, open - MAX_LOOK_BACK);
		for (int t = open - 1; t >= limit && this.doc.sentence[t] == sentence; t--) {
			Token token = this.doc.get(t);
			if (token.is("”") || token.is("\"")) {
				return null; // an earlier quotation's attribution is not this one's
			}
			if (!token.word()) {
				if (this.doc.afterLineBreak[t]) {
					return null;
				}
				continue;
			}
			String lower = token.lower();
			if (lower.equals("according") && t + 2 < open && this.doc.get(t + 1).lower().equals("to")) {
				Mention speaker = this.people.mentionStartingAt(t + 2);
				if (speaker != null && speaker.person != null) {
					return speaker.person;
				}
			}
			if (SpeechVerbs.isSpeechVerb(lower)) {
				Mention subject = SpeechVerbs.isParticiple(lower) ? this.people.mainSubject(sentence, t)
						: this.people.subjectBefore(t);
				if (subject != null && subject.person != null) {
					return subject.person;
				}
			}
			if (this.doc.boundaryBefore(t)) {
				return null;
			}
		}
		return null;
	}

	private int wordsBetween(int from, int to) {
		int words = 0;
		for (int t = from; t < to; t++) {
			if (this.doc.get(t).word()) {
				words++;
			}
		}
		return words;
	}

	/** "The Art of the Deal": every word capitalized except short function words. */
	private boolean titleLike(QuotedSpan span) {
		int from = this.doc.tokenAt(span.innerStart());
		int to = this.doc.tokenAt(span.innerEnd());
		for (int t = from; t < to; t++) {
			Token token = this.doc.get(t);
			if (token.word() && !token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				return false;
			}
		}
		return true;
	}

}
