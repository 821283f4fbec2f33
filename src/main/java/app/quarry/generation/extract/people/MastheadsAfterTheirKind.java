package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A title named right after the noun for its kind: "the island newspaper The Daily Post",
 * "weekly magazine The Week". Its words are ones a place or a people may also take
 * ("Post", "Times", "Daily"), which alone would not make a name; the noun before it says
 * that it names a paper.
 */
final class MastheadsAfterTheirKind {

	private static final Set<String> KINDS = NameLexicon.words("newspaper", "paper", "daily", "weekly", "tabloid",
			"broadsheet", "magazine", "journal");

	private MastheadsAfterTheirKind() {
	}

	/** Whether the run {@code start}..{@code end} is a title named after its kind. */
	static boolean named(DocumentTokens doc, int start, int end) {
		if (start < 1 || end <= start || doc.boundaryBefore(start) || !MastheadWords.names(doc, end - 1)) {
			return false;
		}
		int kind = start - 1;
		if (kind > 0 && doc.get(kind).lower().equals("the") && !doc.boundaryBefore(kind)) {
			kind--; // "newspaper The Daily Post": the article belongs to the title
		}
		Token noun = doc.get(kind);
		return noun.word() && !noun.capitalized() && KINDS.contains(noun.lower());
	}

}
