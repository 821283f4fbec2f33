package app.quarry.generation.extract.people;

/**
 * 'The posters carried a quote attributed to Jane Roe.' ⏎ '“…”': a paragraph that ends by
 * naming whom the words below it are attributed to hands the quotation that fills the
 * next paragraph to that person. The name must close the paragraph, so that nothing else
 * said stands between it and the quotation.
 */
final class QuotesAttributedAbove {

	/** Lower-case words between "attributed to" and the name at most: "the poet". */
	private static final int MAX_DESCRIBING_WORDS = 3;

	/** What may be attributed to a speaker: "a quote", "words", "a remark". */
	private static final java.util.Set<String> SAID_THINGS = NameLexicon.words("quote", "quotes", "quotation",
			"quotations", "words", "remark", "remarks", "comment", "comments", "statement", "saying", "line", "lines",
			"phrase", "message", "slogan", "motto", "verse", "passage");

	private final DocumentPeople people;

	private final DocumentTokens doc;

	QuotesAttributedAbove(DocumentPeople people) {
		this.people = people;
		this.doc = people.doc;
	}

	/** The person named after "attributed to" right above the quotation, or null. */
	LocalPerson speaker(QuotedSpan span) {
		int open = this.doc.tokenAt(span.start());
		if (open < 4 || open >= this.doc.size() || !this.doc.afterLineBreak[open]) {
			return null;
		}
		int stop = open - 1;
		if (!this.doc.get(stop).is(".") && !this.doc.get(stop).is(":")) {
			return null;
		}
		Mention name = this.people.index.mentionEndingAt(stop - 1);
		if (name == null || name.person == null || name.person.described || name.possessive || name.endToken != stop
				|| name.phraseStartToken < 2) {
			return null;
		}
		// "attributed to the poet Jane Roe": a few lower-case words may describe her
		int to = name.phraseStartToken - 1;
		while (to > name.phraseStartToken - 1 - MAX_DESCRIBING_WORDS && to > 1 && !this.doc.boundaryBefore(to + 1)
				&& this.doc.get(to).word() && !this.doc.get(to).capitalized()
				&& !this.doc.get(to).lower().equals("to")) {
			to--;
		}
		boolean attributed = this.doc.get(to).lower().equals("to") && this.doc.get(to - 1).lower().equals("attributed")
				&& !this.doc.boundaryBefore(to) && !this.doc.boundaryBefore(to + 1);
		return attributed && wordsBefore(to - 1) ? name.person : null;
	}

	/**
	 * Whether words said stand right before "attributed" at {@code attributed}: "a quote
	 * attributed to", not "the fire was attributed to".
	 */
	private boolean wordsBefore(int attributed) {
		for (int t = attributed - 1; t >= 0 && t >= attributed - MAX_DESCRIBING_WORDS; t--) {
			if (SAID_THINGS.contains(this.doc.get(t).lower())) {
				return true;
			}
			if (this.doc.boundaryBefore(t + 1)) {
				return false;
			}
		}
		return false;
	}

}
