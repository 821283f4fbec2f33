package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A few quoted words that open with a degree adverb ("very favourable", "highly
 * competitive", "extremely well") grade something: they are someone's judgement, never a
 * label or a name given, so they are the words of whoever the sentence says spoke, a body
 * as well as a person ("The outlook looks “very favourable”, Acme said").
 */
final class EvaluativeFragments {

	/** Adverbs that grade the adjective or adverb after them. */
	private static final Set<String> DEGREE_ADVERBS = NameLexicon.words("very", "highly", "extremely", "deeply",
			"slightly", "really", "totally", "completely", "absolutely", "quite", "fairly", "particularly", "hugely",
			"utterly", "entirely", "seriously", "incredibly", "genuinely", "greatly", "bitterly", "profoundly",
			"increasingly", "wholly", "strongly", "thoroughly", "remarkably", "exceptionally", "desperately",
			"fundamentally", "grossly", "woefully", "wildly", "immensely", "terribly", "awfully", "acutely",
			"enormously", "overly", "unduly", "vastly");

	private static final int MAX_WORDS = 4;

	private EvaluativeFragments() {
	}

	/**
	 * Whether the span's words are two to four, in lower case after the first, and open
	 * with a degree adverb.
	 */
	static boolean grades(DocumentTokens doc, QuotedSpan span) {
		int from = doc.tokenAt(span.innerStart());
		int to = doc.tokenAt(span.innerEnd());
		int words = 0;
		for (int t = from; t < to; t++) {
			Token token = doc.get(t);
			if (!token.word()) {
				continue;
			}
			if (words > 0 && token.capitalized()) {
				return false; // "Very Important People": a title
			}
			words++;
		}
		return words >= 2 && words <= MAX_WORDS && from < to && DEGREE_ADVERBS.contains(doc.get(from).lower());
	}

}
