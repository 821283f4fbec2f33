package app.quarry.generation.extract.people;

/**
 * A bracket that follows a name to spell it out or gloss it ("the Acme Cup (Annual
 * Contest of Mechanical Engineering) was founded by"): the clause after the bracket is
 * still about the name before it, so rules that look back from a verb for its subject
 * step over the bracket.
 */
final class BracketedAsides {

	private static final int MAX_ASIDE_TOKENS = 15;

	private BracketedAsides() {
	}

	/**
	 * The token before the bracket that closes at {@code t}, or {@code t} itself when no
	 * closed bracket of one sentence ends there.
	 */
	static int before(DocumentTokens doc, int t) {
		if (t < 1 || !doc.get(t).is(")")) {
			return t;
		}
		for (int open = t - 1; open >= 1 && t - open <= MAX_ASIDE_TOKENS; open--) {
			if (doc.boundaryBefore(open + 1) || doc.get(open).is(")")) {
				return t;
			}
			if (doc.get(open).is("(")) {
				return doc.boundaryBefore(open) ? t : open - 1;
			}
		}
		return t;
	}

}
