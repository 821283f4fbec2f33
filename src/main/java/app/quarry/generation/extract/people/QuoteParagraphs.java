package app.quarry.generation.extract.people;

/**
 * Where two quotations stand against the paragraphs and sentences of the text: next to
 * each other, in the next paragraph, or alone in a paragraph of their own. Kept apart
 * from {@link QuoteContinuation}, which decides from these places whose speech goes on.
 */
final class QuoteParagraphs {

	private final DocumentPeople people;

	QuoteParagraphs(DocumentPeople people) {
		this.people = people;
	}

	/**
	 * The later quote goes on with the earlier one's speech: next to it in the same
	 * paragraph, or in the next paragraph when the earlier one was left open for it.
	 */
	boolean continues(QuotedSpan previous, QuotedSpan next) {
		if (sameParagraph(previous.end(), next.start())) {
			return adjacent(previous, next);
		}
		return !previous.closed() && onlyLineBreaksBetween(previous.end(), next.start());
	}

	/**
	 * '“…,” Roe said. “…”': the later quote opens in the sentence that closes the earlier
	 * one or in the next. A sentence of the document's own between them ends the earlier
	 * speaker's turn, as it does in wire copy that runs a whole story on one line.
	 */
	boolean adjacent(QuotedSpan earlier, QuotedSpan later) {
		DocumentTokens doc = this.people.doc;
		int open = doc.tokenAt(later.start());
		return open >= doc.size() || doc.sentence[open] - this.people.sentenceOfClose(earlier) <= 1;
	}

	/** Only quoted words (and the punctuation around them) between two line breaks. */
	boolean aloneInParagraph(QuotedSpan span) {
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
	boolean opensOwnParagraph(QuotedSpan span) {
		if (aloneInParagraph(span)) {
			// closed, or opened at the paragraph's start and left open for the next
			// paragraph of the same speech
			return span.closed() || this.people.doc.afterLineBreak[this.people.doc.tokenAt(span.start())];
		}
		return !span.closed() && this.people.doc.afterLineBreak[this.people.doc.tokenAt(span.start())]
				|| opensParagraphUnattributed(span);
	}

	/**
	 * '“They were given a mandate” to expand abroad.': a paragraph that opens with a
	 * quoted sentence and goes on with words of the document's own, which name no one and
	 * have no speech verb, still gives no other speaker.
	 */
	boolean opensParagraphUnattributed(QuotedSpan span) {
		DocumentTokens doc = this.people.doc;
		int open = doc.tokenAt(span.start());
		int first = doc.tokenAt(span.innerStart());
		if (!span.closed() || !doc.afterLineBreak[open] || first >= doc.size() || !doc.get(first).capitalized()) {
			return false;
		}
		int after = doc.tokenAt(span.end());
		// '“We will not stand for this.” The hall was sold in 1998. Roe said …': words
		// that make a whole sentence are told apart from what comes after the next
		// sentence, whose names, if it has no speech verb, did not say them
		boolean whole = after < doc.size() && doc.startsSentence[after] && !doc.afterLineBreak[after];
		for (int t = after; t < doc.size() && !doc.afterLineBreak[t]; t++) {
			if (whole && doc.sentence[t] > doc.sentence[after]) {
				break;
			}
			Token token = doc.get(t);
			// a name opening the next sentence may be the one whose words they were
			if (token.is("\"") || token.is("“") || token.is("”") || SpeechVerbs.isSpeechVerb(token.lower())
					|| (!whole || t == after) && this.people.index.mentionStartingAt(t) != null) {
				return false;
			}
		}
		return true;
	}

	/**
	 * '“We tried. “We failed.”' opening a paragraph: copy that runs paragraphs of one
	 * speech together leaves the first quotation open for the next, so it opens a
	 * paragraph of speech that its own tag does not close.
	 */
	boolean opensParagraphLeftOpen(QuotedSpan span) {
		DocumentTokens doc = this.people.doc;
		int open = doc.tokenAt(span.start());
		int first = doc.tokenAt(span.innerStart());
		return !span.closed() && open < doc.size() && doc.afterLineBreak[open] && first < doc.size()
				&& doc.get(first).capitalized();
	}

	/**
	 * The quote ends the paragraph right before the one of the next quote, or the
	 * sentence that attributes it does: '“…,” Roe said.' A sentence of the document's own
	 * after it may report someone else's speech.
	 */
	boolean nextParagraph(QuotedSpan previous, QuotedSpan next) {
		String text = this.people.doc.text;
		int lineBreak = text.indexOf('\n', previous.end());
		if (lineBreak < 0 || lineBreak >= next.start() || !onlyLineBreaksBetween(lineBreak, next.start())) {
			return false;
		}
		DocumentTokens doc = this.people.doc;
		int lastToken = doc.tokenAt(lineBreak) - 1;
		return lastToken < 0 || doc.sentence[lastToken] == this.people.sentenceOfClose(previous);
	}

	/** No line break between the two offsets. */
	boolean sameParagraph(int from, int to) {
		String text = this.people.doc.text;
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == '\n') {
				return false;
			}
		}
		return true;
	}

	/** Nothing but white space between the two offsets. */
	boolean onlyLineBreaksBetween(int from, int to) {
		String text = this.people.doc.text;
		for (int i = from; i < to; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
