package app.quarry.decks.exchange;

import java.util.List;

/**
 * What a deck file held: a title (the deck's name in the file, or empty), its cards, and
 * how many entries were left out with the reason for each (an empty front, a note type
 * with no fields).
 */
public record ImportedDeck(String title, List<PortableCard> cards, List<String> skipped) {

	public ImportedDeck {
		cards = List.copyOf(cards);
		skipped = List.copyOf(skipped);
	}

}
