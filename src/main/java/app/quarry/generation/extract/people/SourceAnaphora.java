package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "The source said …" after "one highly placed source said …": a source the text goes on
 * with by "the" is the one it introduced before it, the nearest earlier "a", "one" or
 * "another" with the words that describe it ("highly placed source"). A bare "a source"
 * before it describes no one, and then the source stays unknown.
 */
final class SourceAnaphora {

	private static final String SOURCE = "source";

	private static final Set<String> INTRODUCING = NameLexicon.words("a", "an", "one", "another");

	/** Describing words between the introducing word and "source" at most. */
	private static final int MAX_DESCRIBING_WORDS = 3;

	private final DocumentTokens doc;

	SourceAnaphora(DocumentTokens doc) {
		this.doc = doc;
	}

	/**
	 * The source the words from {@code from} to {@code to} ("the source") go back to, or
	 * null when they are no such words or the text described no source before them.
	 */
	LocalPerson earlierSource(int from, int to) {
		if (to - from != 2 || !this.doc.get(from).lower().equals("the")
				|| !this.doc.get(to - 1).lower().equals(SOURCE)) {
			return null;
		}
		for (int s = from - 1; s > 0; s--) {
			if (!this.doc.get(s).word() || !this.doc.get(s).lower().equals(SOURCE)) {
				continue;
			}
			if (this.doc.get(s - 1).lower().equals("the")) {
				continue; // an earlier "the source" goes back further
			}
			int introducing = introducingWord(s);
			// the nearest source introduced is the one meant: a bare or unclear one
			// leaves it unknown
			return introducing < 0 || introducing == s - 1 ? null
					: SourceSpeakers.described(this.doc.span(introducing + 1, s + 1));
		}
		return null;
	}

	/** Where "a", "one" or "another" opens the description ending in the source. */
	private int introducingWord(int source) {
		for (int d = source - 1; d >= 0 && d >= source - MAX_DESCRIBING_WORDS - 1; d--) {
			Token token = this.doc.get(d);
			if (!token.word() || this.doc.sentence[d] != this.doc.sentence[source]) {
				return -1;
			}
			String lower = token.lower();
			if (INTRODUCING.contains(lower)) {
				return d;
			}
			if (NameLexicon.FUNCTION_WORDS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)) {
				return -1;
			}
		}
		return -1;
	}

}
