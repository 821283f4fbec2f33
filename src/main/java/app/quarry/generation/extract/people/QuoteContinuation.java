package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives a quotation without attribution the speaker of the quotation it continues: the
 * one before it in the same paragraph, the one left open at the end of the previous
 * paragraph, or else the attributed one after it in the same paragraph ("“…,” he said.
 * “…”").
 */
final class QuoteContinuation {

	/** Words that make a quoted fragment a clause of someone's speech. */
	private static final int CLAUSE_WORDS = 6;

	/** Texts whose wording a sentence of the document's own may quote. */
	private static final java.util.Set<String> WRITTEN_TEXTS = NameLexicon.words("law", "laws", "bill", "treaty",
			"deed", "contract", "agreement", "accord", "constitution", "charter", "statute", "clause", "ruling",
			"policy", "regulation", "regulations", "motto", "slogan", "plaque", "inscription", "headline", "verdict",
			"judgment", "judgement", "warrant", "permit", "licence", "license", "lease", "book", "article", "study",
			"survey", "poll", "document", "documents", "text", "manual", "guidelines", "advertisement");

	private final DocumentPeople people;

	private final ReportedSpeakers reported;

	QuoteContinuation(DocumentPeople people) {
		this.people = people;
		this.reported = new ReportedSpeakers(people, new AttributionClauses(people));
	}

	void inheritSpeakers() {
		List<Map.Entry<QuotedSpan, Attribution>> quotations = new ArrayList<>();
		for (Map.Entry<QuotedSpan, Attribution> entry : this.people.attributions.entrySet()) {
			if (entry.getValue().quotation()) {
				quotations.add(entry);
			}
		}
		for (Map.Entry<QuotedSpan, Attribution> entry : quotations) {
			LocalPerson speaker = entry.getValue().speaker() == null && !entry.getValue().ownAttribution()
					? attributedBelow(entry.getKey()) : null;
			if (speaker != null) {
				entry.setValue(entry.getValue().withSpeaker(speaker));
			}
		}
		for (int i = 0; i < quotations.size(); i++) {
			Map.Entry<QuotedSpan, Attribution> entry = quotations.get(i);
			if (entry.getValue().speaker() != null || entry.getValue().ownAttribution()) {
				continue;
			}
			if (embeddedFragment(entry.getKey())) {
				// only a quotation of the same sentence lends its speaker to such words
				QuotedSpan span = entry.getKey();
				int sentence = this.people.sentenceOfClose(span);
				LocalPerson speaker = i > 0 && this.people.sentenceOfClose(quotations.get(i - 1).getKey()) == sentence
						? lent(quotations.get(i - 1), span.start()) : null;
				if (speaker == null && i + 1 < quotations.size()
						&& this.people.sentenceOfClose(quotations.get(i + 1).getKey()) == sentence) {
					speaker = lent(quotations.get(i + 1), span.end());
				}
				if (speaker == null && i > 0 && goesOnInNextSentence(quotations.get(i - 1).getKey(), span)) {
					// '“…,” Roe said. The plan would “cut the town off from the sea.”'
					speaker = lentToNextSentence(quotations.get(i - 1), span);
				}
				if (speaker != null) {
					entry.setValue(entry.getValue().withSpeaker(speaker));
				}
				continue;
			}
			LocalPerson speaker = null;
			if (i > 0 && continues(quotations.get(i - 1).getKey(), entry.getKey())) {
				speaker = quotations.get(i - 1).getValue().speaker();
			}
			if (speaker == null && i + 1 < quotations.size()
					&& sameParagraph(entry.getKey().end(), quotations.get(i + 1).getKey().start())
					&& adjacent(entry.getKey(), quotations.get(i + 1).getKey())
					&& !headedByItsOwnSpeaker(quotations.get(i + 1).getKey())) {
				speaker = quotations.get(i + 1).getValue().speaker();
			}
			if (speaker == null && i > 0
					&& (aloneInParagraph(entry.getKey()) || opensParagraphUnattributed(entry.getKey()))
					&& nextParagraph(quotations.get(i - 1).getKey(), entry.getKey())) {
				// a paragraph of nothing but quoted words goes on with the speaker of the
				// paragraph before
				speaker = quotations.get(i - 1).getValue().speaker();
			}
			if (speaker == null && opensOwnParagraph(entry.getKey())) {
				speaker = this.reported.ofParagraphBefore(entry.getKey());
			}
			if (speaker == null) {
				speaker = this.reported.ofSentenceBefore(entry.getKey());
			}
			if (speaker != null && !SpokenThingsAfterQuote.isText(speaker)) {
				entry.setValue(entry.getValue().withSpeaker(speaker));
			}
		}
	}

	/**
	 * The speaker a neighbouring quotation lends to words quoted in the same sentence,
	 * unless another person is named between them: 'Roe hoped for “an America that makes
	 * things”, a time when the maxim of what Smith once testified would be true that “…”'
	 * cites Smith, not Roe.
	 */
	private LocalPerson lent(Map.Entry<QuotedSpan, Attribution> neighbour, int offset) {
		LocalPerson speaker = neighbour.getValue().speaker();
		if (speaker == null) {
			return null;
		}
		int from = Math.min(neighbour.getKey().end(), offset);
		int to = Math.max(neighbour.getKey().start(), offset);
		for (Mention mention : this.people.mentions) {
			if (mention.start >= from && mention.end <= to && mention.kind == Mention.Kind.NAME && !mention.inQuote
					&& mention.person != null && mention.person != speaker) {
				return null;
			}
		}
		return speaker;
	}

	/**
	 * 'so that they would “be held for public use”': words quoted inside a sentence of
	 * the document's own, with no attribution of their own, cite a text or a phrase; the
	 * speaker of a neighbouring quotation did not say them.
	 */
	private boolean embeddedFragment(QuotedSpan span) {
		DocumentTokens doc = this.people.doc;
		int open = doc.tokenAt(span.start());
		int first = doc.tokenAt(span.innerStart());
		if (open == 0 || doc.boundaryBefore(open) || first >= doc.size() || !doc.get(first).word()) {
			return false;
		}
		return Character.isLowerCase(doc.get(first).text().charAt(0)) && doc.get(open - 1).word();
	}

	/**
	 * The speaker of the quotation before, unless the fragment's own sentence names
	 * someone else before it: 'Roe said. Lee would “…”' may quote Lee.
	 */
	private LocalPerson lentToNextSentence(Map.Entry<QuotedSpan, Attribution> previous, QuotedSpan span) {
		LocalPerson speaker = previous.getValue().speaker();
		DocumentTokens doc = this.people.doc;
		int sentence = doc.sentence[doc.tokenAt(span.start())];
		for (Mention mention : this.people.mentions) {
			if (mention.sentence == sentence && mention.start < span.start() && mention.kind == Mention.Kind.NAME
					&& !mention.inQuote && mention.person != null && mention.person != speaker) {
				return null;
			}
		}
		return speaker;
	}

	/**
	 * Words quoted inside the sentence right after a quotation's, in the same paragraph,
	 * go on with that speaker's words when they are a clause of their own: a few words
	 * ("a “relief package”") may be the text's own term, a clause is someone's speech.
	 */
	private boolean goesOnInNextSentence(QuotedSpan previous, QuotedSpan span) {
		DocumentTokens doc = this.people.doc;
		int open = doc.tokenAt(span.start());
		int words = 0;
		for (int t = doc.tokenAt(span.innerStart()); t < doc.tokenAt(span.innerEnd()); t++) {
			words += doc.get(t).word() ? 1 : 0;
		}
		if (words < CLAUSE_WORDS || !previous.closed() || !sameParagraph(previous.end(), span.start())
				|| open >= doc.size() || doc.sentence[open] != this.people.sentenceOfClose(previous) + 1) {
			return false;
		}
		for (int t = open - 1; t >= 0 && doc.sentence[t] == doc.sentence[open]; t--) {
			if (WRITTEN_TEXTS.contains(doc.get(t).lower()) || DocumentVoices.NOUNS.contains(doc.get(t).lower())) {
				return false; // 'The law granted it on condition that it would “…”'
			}
		}
		return true;
	}

	private boolean continues(QuotedSpan previous, QuotedSpan next) {
		if (sameParagraph(previous.end(), next.start())) {
			return adjacent(previous, next);
		}
		return !previous.closed() && onlyLineBreaksBetween(previous.end(), next.start());
	}

	/**
	 * "“…”" then a paragraph of its own, "Mr Smith said.": the speaker of a quote that
	 * closes its paragraph, named right below it.
	 */
	private LocalPerson attributedBelow(QuotedSpan span) {
		String text = this.people.doc.text;
		int lineBreak = span.end();
		while (lineBreak < text.length() && text.charAt(lineBreak) != '\n') {
			if (Character.isLetterOrDigit(text.charAt(lineBreak++))) {
				return null;
			}
		}
		DocumentTokens doc = this.people.doc;
		int t = doc.tokenAt(lineBreak);
		Mention speaker = t < doc.size() ? this.people.index.mentionStartingAt(t) : null;
		if (speaker == null) {
			return null;
		}
		int verb = speaker.appositionEndToken;
		boolean bare = verb + 1 < doc.size() && SpeechVerbs.isSpeechVerb(doc.get(verb).lower())
				&& doc.get(verb + 1).is(".") && (verb + 2 >= doc.size() || doc.afterLineBreak[verb + 2]);
		return bare ? speaker.person : null;
	}

	/**
	 * '“…,” Roe said. “…”': the later quote opens in the sentence that closes the earlier
	 * one or in the next. A sentence of the document's own between them ends the earlier
	 * speaker's turn, as it does in wire copy that runs a whole story on one line.
	 */
	private boolean adjacent(QuotedSpan earlier, QuotedSpan later) {
		DocumentTokens doc = this.people.doc;
		int open = doc.tokenAt(later.start());
		return open >= doc.size() || doc.sentence[open] - this.people.sentenceOfClose(earlier) <= 1;
	}

	/**
	 * '“…” And Lee says: “…”': a speech verb handing over to the later quotation with a
	 * colon or a comma introduces a new speaker for it, not the one of the words before.
	 */
	private boolean headedByItsOwnSpeaker(QuotedSpan later) {
		DocumentTokens doc = this.people.doc;
		int open = doc.tokenAt(later.start());
		if (open < 2 || !(doc.get(open - 1).is(":") || doc.get(open - 1).is(","))) {
			return false;
		}
		for (int t = open - 2; t >= 0 && t >= open - 6 && !doc.get(t).is("”") && !doc.get(t).is("\""); t--) {
			if (SpeechVerbs.isSpeechVerb(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

	/** Only quoted words (and the punctuation around them) between two line breaks. */
	private boolean aloneInParagraph(QuotedSpan span) {
		String text = this.people.doc.text;
		for (int i = span.start() - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		for (int i = span.end(); i < text.length() && text.charAt(i) != '\n'; i++) {
			if (Character.isLetterOrDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A quotation that makes a paragraph of speech of its own: it stands alone there, or
	 * opens it and is left open for the next paragraph of the same speech ("“We were
	 * stunned. “Then we got to work.”" run together on one line), or opens it and is
	 * followed only by words of the document's own.
	 */
	private boolean opensOwnParagraph(QuotedSpan span) {
		if (aloneInParagraph(span)) {
			return span.closed();
		}
		return !span.closed() && this.people.doc.afterLineBreak[this.people.doc.tokenAt(span.start())]
				|| opensParagraphUnattributed(span);
	}

	/**
	 * '“They were given a mandate” to expand abroad.': a paragraph that opens with a
	 * quoted sentence and goes on with words of the document's own, which name no one and
	 * have no speech verb, still gives no other speaker.
	 */
	private boolean opensParagraphUnattributed(QuotedSpan span) {
		DocumentTokens doc = this.people.doc;
		int open = doc.tokenAt(span.start());
		int first = doc.tokenAt(span.innerStart());
		if (!span.closed() || !doc.afterLineBreak[open] || first >= doc.size() || !doc.get(first).capitalized()) {
			return false;
		}
		for (int t = doc.tokenAt(span.end()); t < doc.size() && !doc.afterLineBreak[t]; t++) {
			Token token = doc.get(t);
			if (token.is("\"") || token.is("“") || token.is("”") || SpeechVerbs.isSpeechVerb(token.lower())
					|| this.people.index.mentionStartingAt(t) != null) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The quote ends the paragraph right before the one of the next quote, or the
	 * sentence that attributes it does: '“…,” Roe said.' A sentence of the document's own
	 * after it may report someone else's speech.
	 */
	private boolean nextParagraph(QuotedSpan previous, QuotedSpan next) {
		String text = this.people.doc.text;
		int lineBreak = text.indexOf('\n', previous.end());
		if (lineBreak < 0 || lineBreak >= next.start() || !onlyLineBreaksBetween(lineBreak, next.start())) {
			return false;
		}
		DocumentTokens doc = this.people.doc;
		int lastToken = doc.tokenAt(lineBreak) - 1;
		return lastToken < 0 || doc.sentence[lastToken] == this.people.sentenceOfClose(previous);
	}

	private boolean sameParagraph(int from, int to) {
		String text = this.people.doc.text;
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == '\n') {
				return false;
			}
		}
		return true;
	}

	private boolean onlyLineBreaksBetween(int from, int to) {
		String text = this.people.doc.text;
		for (int i = from; i < to; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
