package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "The memo, from the Water Board, says: “…”", "The statement, issued by Acme, said": a
 * document whose source is set off by commas between it and its speech verb speaks with
 * the words of that source.
 */
final class SetOffDocumentSources {

	/** Participles that put a document out before "by": "issued by", "signed by". */
	private static final Set<String> ISSUED = NameLexicon.words("issued", "released", "signed", "sent", "written",
			"published", "posted");

	private static final Set<String> DETERMINERS = NameLexicon.words("the", "a", "an", "this");

	private static final int MAX_SET_OFF = 8;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	SetOffDocumentSources(DocumentTokens doc, SourceSpeakers sources) {
		this.doc = doc;
		this.sources = sources;
	}

	/**
	 * The source named in a set-off phrase that closes with the comma at {@code comma},
	 * right before a speech verb, after a document noun and its determiner opening the
	 * clause; null when the words are no such phrase.
	 */
	LocalPerson sourceBefore(int comma) {
		if (comma < 4 || !this.doc.get(comma).is(",")) {
			return null;
		}
		int opening = -1;
		for (int t = comma - 1; t > 1 && t >= comma - MAX_SET_OFF && !this.doc.boundaryBefore(t + 1); t--) {
			if (this.doc.get(t).is(",")) {
				opening = t;
				break;
			}
		}
		if (opening < 2) {
			return null;
		}
		Token noun = this.doc.get(opening - 1);
		Token determiner = this.doc.get(opening - 2);
		if (!noun.word() || noun.capitalized() || !DocumentVoices.NOUNS.contains(noun.lower())
				|| !DETERMINERS.contains(determiner.lower())
				|| !(this.doc.boundaryBefore(opening - 2) || this.doc.get(opening - 3).is(","))) {
			return null;
		}
		int link = opening + 1;
		if (ISSUED.contains(this.doc.get(link).lower())) {
			link++;
		}
		String word = this.doc.get(link).lower();
		if (!(word.equals("from") || word.equals("by") && link > opening + 1) || link + 1 >= comma) {
			return null;
		}
		LocalPerson source = this.sources.namedAt(link + 1);
		// the name must fill the phrase: "from the Home Office," not "from Acme in
		// Leeds,"
		return source != null && this.sources.nameEnd(articleSkipped(link + 1)) == comma ? source : null;
	}

	private int articleSkipped(int t) {
		return SourceSpeakers.ARTICLES.contains(this.doc.get(t).lower()) ? t + 1 : t;
	}

}
