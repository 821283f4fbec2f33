package app.quarry.decks.ui;

/** The addresses of the deck pages, in one place. */
final class DeckRoutes {

	static final String DECKS = "decks";

	/** A deck's page; with a card's id, opened on that card's editor. */
	static final String DECK = "decks/:id/:card?";

	private DeckRoutes() {
	}

	static String deck(String id) {
		return DECKS + "/" + id;
	}

	/** The study page, opened on this deck's cards. */
	static String study(String id) {
		return "study?document=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
	}

}
