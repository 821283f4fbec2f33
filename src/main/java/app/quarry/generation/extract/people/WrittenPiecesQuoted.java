package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Words quoted as a piece of writing rather than as someone's speech: the title of a
 * story, an article or a book right after its noun ("ran a story “Mayor to move city
 * hall”", "under the headline, “…”"), and words inside what a sentence, a line or a sign
 * of some text says ("cut part of a sentence saying the mayor was “…”"). Whoever the
 * clause is about only handled the text; who wrote it the sentence does not tell.
 */
final class WrittenPiecesQuoted {

	/** Nouns whose quoted name follows them directly: "a story “…”". */
	private static final Set<String> WORKS = NameLexicon.words("story", "article", "book", "song", "film", "poem",
			"novel", "album", "play", "headline", "headlines", "title", "caption", "slogan", "motto", "tagline");

	/** Of those, the ones that may be set off from their quoted name by a comma. */
	private static final Set<String> TITLES = NameLexicon.words("headline", "headlines", "title", "caption", "slogan",
			"motto", "tagline");

	/** Nouns for part of a written text, which "says" what it holds. */
	private static final Set<String> PASSAGES = NameLexicon.words("sentence", "sentences", "line", "lines", "passage",
			"paragraph", "sign", "signs", "placard", "placards", "banner", "banners", "caption", "headline",
			"inscription");

	/** Verbs by which a text holds its words: "a sign reading", "a line saying". */
	private static final Set<String> HOLDING = NameLexicon.words("saying", "stating", "reading", "reads", "read",
			"says", "said");

	/** How far before the quote the passage's verb may stand. */
	private static final int LOOK_BACK = 12;

	private WrittenPiecesQuoted() {
	}

	/** Whether the quote opening at {@code open} is a written piece's words. */
	static boolean at(DocumentTokens doc, int open) {
		return titled(doc, open) || insidePassage(doc, open);
	}

	private static boolean titled(DocumentTokens doc, int open) {
		int t = open - 1;
		if (t < 1 || doc.boundaryBefore(open)) {
			return false;
		}
		boolean comma = doc.get(t).is(",");
		if (comma) {
			t--;
		}
		Token noun = doc.get(t);
		return noun.word() && !noun.capitalized() && !doc.boundaryBefore(t + 1)
				&& (comma ? TITLES : WORKS).contains(noun.lower());
	}

	private static boolean insidePassage(DocumentTokens doc, int open) {
		int sentence = doc.sentence[open];
		for (int t = open - 1; t > 0 && t >= open - LOOK_BACK && doc.sentence[t] == sentence; t--) {
			Token token = doc.get(t);
			if (token.is("\"") || token.is("“") || token.is("”") || token.is(";")) {
				return false;
			}
			if (!HOLDING.contains(token.lower())) {
				continue;
			}
			int noun = t - 1;
			if (noun > 0 && (doc.get(noun).lower().equals("which") || doc.get(noun).lower().equals("that"))) {
				noun--;
			}
			return PASSAGES.contains(doc.get(noun).lower()) && doc.sentence[noun] == sentence;
		}
		return false;
	}

}
