package app.quarry.decks;

/** The files a deck is exchanged as, with the name ending each one takes. */
public enum DeckFormat {

	ANKI(".apkg", "Anki package (.apkg)"), CSV(".csv", "CSV with a header row (.csv)"),
	QUIZLET(".txt", "Quizlet export text (.txt)");

	private final String extension;

	private final String label;

	DeckFormat(String extension, String label) {
		this.extension = extension;
		this.label = label;
	}

	public String extension() {
		return this.extension;
	}

	public String label() {
		return this.label;
	}

}
