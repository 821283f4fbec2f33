package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Jane Roe was forced to resign as finance minister", "was asked to step down as
 * chairman": a subject made to leave a post held it until then, as one who "resigned as"
 * it did. Only verbs of pressure count: one who "offered to resign" or "refused to quit"
 * may still hold the post.
 */
final class ResignationsUnderPressure {

	private static final Set<String> PRESSED = NameLexicon.words("forced", "asked", "pressured", "pressed", "obliged",
			"compelled", "made");

	private static final Set<String> LEAVING = NameLexicon.words("resign", "quit", "step", "stand");

	private static final Set<String> PASSIVE = NameLexicon.words("is", "was", "were", "been");

	private ResignationsUnderPressure() {
	}

	/**
	 * The token of "as" in "was forced to resign as" whose copula stands at {@code t}, or
	 * -1.
	 */
	static int asAfter(DocumentTokens doc, int t) {
		if (t + 4 >= doc.size() || !PASSIVE.contains(doc.get(t).lower()) || !PRESSED.contains(doc.get(t + 1).lower())
				|| !doc.get(t + 2).lower().equals("to") || !LEAVING.contains(doc.get(t + 3).lower())) {
			return -1;
		}
		int as = t + 4;
		if (doc.get(t + 3).lower().equals("step") || doc.get(t + 3).lower().equals("stand")) {
			// "to step down as", "to stand down as"
			if (!doc.get(as).lower().equals("down")) {
				return -1;
			}
			as++;
		}
		for (int i = t + 1; i <= as; i++) {
			if (doc.boundaryBefore(i)) {
				return -1;
			}
		}
		return as + 1 < doc.size() && doc.get(as).lower().equals("as") && !doc.boundaryBefore(as + 1) ? as : -1;
	}

}
