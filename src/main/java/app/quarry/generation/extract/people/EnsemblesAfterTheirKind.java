package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A group of performers named right after "the" and the bare noun for its size or kind:
 * "the duo Foo won", "the trio Zenith played last". The noun alone says what the group
 * is; with no word before it the rule for qualified kinds leaves it out.
 */
final class EnsemblesAfterTheirKind {

	private static final Set<String> KINDS = NameLexicon.words("duo", "trio", "quartet", "quintet", "sextet", "octet");

	private EnsemblesAfterTheirKind() {
	}

	/** The kind before the name at {@code start}, or null. */
	static String before(DocumentTokens doc, int start) {
		int kind = start - 1;
		if (kind < 1 || doc.boundaryBefore(start) || doc.boundaryBefore(kind)) {
			return null;
		}
		Token noun = doc.get(kind);
		if (!noun.word() || noun.capitalized() || !KINDS.contains(noun.lower())
				|| !doc.get(kind - 1).lower().equals("the")) {
			return null;
		}
		return noun.lower();
	}

}
