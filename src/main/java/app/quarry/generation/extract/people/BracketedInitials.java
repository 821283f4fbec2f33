package app.quarry.generation.extract.people;

/**
 * Initials in brackets right after a body's name, "Doctors Without Limits (DWL) said":
 * the text introduces the short form it will use later, and the brackets stand between
 * the subject and its verb without changing who speaks. Readers of a subject step over
 * them as over an adverb.
 */
final class BracketedInitials {

	private BracketedInitials() {
	}

	/** The token after "( DWL )" when one opens at {@code t}, else {@code t}. */
	static int after(DocumentTokens doc, int t) {
		return t + 2 < doc.size() && doc.get(t).is("(") && AbbreviatedBodies.at(doc, t + 1) && doc.get(t + 2).is(")")
				&& !doc.boundaryBefore(t + 1) && !doc.boundaryBefore(t + 2) ? t + 3 : t;
	}

	/** The token before "( DWL )" when one closes at {@code t}, else {@code t}. */
	static int before(DocumentTokens doc, int t) {
		return t >= 3 && doc.get(t).is(")") && AbbreviatedBodies.at(doc, t - 1) && doc.get(t - 2).is("(")
				&& !doc.boundaryBefore(t - 1) && !doc.boundaryBefore(t) ? t - 3 : t;
	}

}
