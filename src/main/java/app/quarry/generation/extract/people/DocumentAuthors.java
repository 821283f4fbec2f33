package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Words a letter, a message or a statement says are its author's: '“…,” Lind read from a
 * letter signed by Hale', '“…,” said a copy of the letter', '“…,” continued the letter'
 * quote Hale, who signed it. The author is named right after the document ("a letter from
 * Hale", "a message signed by Hale") or where the text told of the same document a few
 * sentences before.
 */
final class DocumentAuthors {

	/** Participles that name who made a document: "a letter signed by". */
	private static final Set<String> AUTHORING = NameLexicon.words("signed", "written", "sent", "issued", "penned");

	/**
	 * Words that may stand between a document and its author: "a letter Thursday from".
	 */
	private static final Set<String> BETWEEN = NameLexicon.words("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "today", "yesterday", "dated");

	private static final int SENTENCES_BACK = 3;

	/** How far after a quote the document that says it may be named. */
	private static final int MAX_WORDS_TO_DOCUMENT = 6;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	DocumentAuthors(DocumentPeople people, SourceSpeakers sources) {
		this.people = people;
		this.doc = people.doc;
		this.sources = sources;
	}

	/**
	 * The author of the document the words right after a quote tell of ("said a copy of
	 * the letter", "Lind read from a letter signed by Hale"), or null.
	 */
	LocalPerson afterQuote(int afterClose) {
		int n = this.doc.size();
		for (int t = afterClose; t < n && t < afterClose + MAX_WORDS_TO_DOCUMENT; t++) {
			Token token = this.doc.get(t);
			if (t > afterClose && this.doc.boundaryBefore(t) || token.is("“") || token.is("\"") || token.is(",")) {
				return null;
			}
			if (SourceSpeakers.DOCUMENTS.contains(token.lower()) && t > afterClose
					&& !this.doc.get(t - 1).capitalized()) {
				LocalPerson author = authorAfter(t);
				return author != null ? author : authorBefore(t);
			}
		}
		return null;
	}

	/** "a letter signed by Hale", "a message Thursday from Hale's grandmothers". */
	private LocalPerson authorAfter(int document) {
		int n = this.doc.size();
		int t = document + 1;
		while (t < n && t <= document + 2 && BETWEEN.contains(this.doc.get(t).lower())) {
			t++;
		}
		if (t < n && AUTHORING.contains(this.doc.get(t).lower())) {
			t++;
		}
		if (t + 1 >= n || !this.doc.get(t).lower().equals("by") && !this.doc.get(t).lower().equals("from")
				|| this.doc.boundaryBefore(t + 1)) {
			return null;
		}
		return speakerPhraseAt(t + 1);
	}

	/** The author of the same kind of document, told of a few sentences before. */
	private LocalPerson authorBefore(int document) {
		String kind = this.doc.get(document).lower();
		int oldest = this.doc.sentence[document] - SENTENCES_BACK;
		for (int t = document - 1; t > 0 && this.doc.sentence[t] >= oldest; t--) {
			if (this.doc.get(t).lower().equals(kind)) {
				LocalPerson author = authorAfter(t);
				if (author != null) {
					return author;
				}
			}
		}
		return null;
	}

	/**
	 * "Hale", "the Interior Ministry", or a role a named person owns: "Hale's
	 * grandmothers" are the authors, not Hale.
	 */
	private LocalPerson speakerPhraseAt(int t) {
		Mention owner = this.people.index.mentionStartingAt(t);
		int mark = owner != null ? owner.endToken : this.sources.nameEnd(t);
		if (mark > t && mark + 1 < this.doc.size() && (this.doc.get(mark).is("'s") || this.doc.get(mark).is("’s"))) {
			Token owned = this.doc.get(mark + 1);
			return owned.word() && !owned.capitalized() && SourceSpeakers.speaks(owned.lower())
					? SourceSpeakers.described(this.doc.span(t, mark + 2)) : null;
		}
		return owner != null ? owner.person : this.sources.namedAt(t);
	}

}
