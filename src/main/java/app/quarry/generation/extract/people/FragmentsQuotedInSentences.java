package app.quarry.generation.extract.people;

import java.util.List;
import java.util.Map;

/**
 * Words quoted inside a sentence of the document's own ('so that they would “be held for
 * public use”'), and the speaker a neighbouring quotation lends them. Kept apart from
 * {@link QuoteContinuation}: such fragments take a speaker only from their own sentence
 * or the one before, never from the paragraphs around them.
 */
final class FragmentsQuotedInSentences {

	/** Words that make a quoted fragment a clause of someone's speech. */
	private static final int CLAUSE_WORDS = 6;

	/** Texts whose wording a sentence of the document's own may quote. */
	private static final java.util.Set<String> WRITTEN_TEXTS = NameLexicon.words("law", "laws", "bill", "treaty",
			"deed", "contract", "agreement", "accord", "constitution", "charter", "statute", "clause", "ruling",
			"policy", "regulation", "regulations", "motto", "slogan", "plaque", "inscription", "headline", "verdict",
			"judgment", "judgement", "warrant", "permit", "licence", "license", "lease", "book", "article", "study",
			"survey", "poll", "document", "documents", "text", "manual", "guidelines", "advertisement");

	private final DocumentPeople people;

	private final QuoteParagraphs paragraphs;

	FragmentsQuotedInSentences(DocumentPeople people, QuoteParagraphs paragraphs) {
		this.people = people;
		this.paragraphs = paragraphs;
	}

	/**
	 * 'so that they would “be held for public use”': words quoted inside a sentence of
	 * the document's own, with no attribution of their own, cite a text or a phrase; the
	 * speaker of a neighbouring quotation did not say them.
	 */
	boolean embeddedFragment(QuotedSpan span) {
		DocumentTokens doc = this.people.doc;
		int open = doc.tokenAt(span.start());
		int first = doc.tokenAt(span.innerStart());
		if (open == 0 || doc.boundaryBefore(open) || first >= doc.size() || !doc.get(first).word()) {
			return false;
		}
		return Character.isLowerCase(doc.get(first).text().charAt(0)) && doc.get(open - 1).word();
	}

	/**
	 * The speaker of words quoted inside a sentence of the document's own, or null: only
	 * a quotation of the same sentence lends its speaker to such words, or one just
	 * before whose speech goes on in a clause of the next sentence.
	 */
	LocalPerson speaker(List<Map.Entry<QuotedSpan, Attribution>> quotations, int i) {
		QuotedSpan span = quotations.get(i).getKey();
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
		return speaker;
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
		if (words < CLAUSE_WORDS || !previous.closed() || !this.paragraphs.sameParagraph(previous.end(), span.start())
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

}
