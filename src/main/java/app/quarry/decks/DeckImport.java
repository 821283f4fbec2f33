package app.quarry.decks;

import java.util.List;

/**
 * What an import made: the new deck, how many cards it holds, how many came with review
 * history, and the entries left out with why.
 */
public record DeckImport(String deckId, String title, int cards, int withHistory, List<String> skipped) {

	public DeckImport {
		skipped = List.copyOf(skipped);
	}

}
