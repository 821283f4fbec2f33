package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Lord Falconer", "Baroness Ashton": a peer is called by the title and one name, and the
 * bare name is how no one knows them, so a quotation's speaker keeps the title.
 */
final class PeerTitles {

	/** Titles of the peerage that go before the one name a peer is known by. */
	static final Set<String> TITLES = NameLexicon.words("lord", "lady", "baroness", "baron", "viscount", "viscountess",
			"countess", "marquess", "marchioness");

	private PeerTitles() {
	}

	/** Whether a single name follows a peer's title right before it: "Lord Falconer". */
	static boolean titled(DocumentTokens doc, Mention name) {
		int before = name.firstToken - 1;
		return name.kind == Mention.Kind.NAME && !name.multiWordName() && before >= 0
				&& !doc.boundaryBefore(name.firstToken) && doc.get(before).word() && doc.get(before).capitalized()
				&& TITLES.contains(doc.get(before).lower());
	}

	/** The title as the text writes it ("Lord"). */
	static String title(DocumentTokens doc, Mention name) {
		return doc.span(name.firstToken - 1, name.firstToken);
	}

}
