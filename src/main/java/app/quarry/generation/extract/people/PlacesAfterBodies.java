package app.quarry.generation.extract.people;

/**
 * "National Grid Safety Centre of the UK", "Harbour Rescue Service of the Netherlands": a
 * body's name of two capitalised words or more, followed by "of the" and the country or
 * region it serves. The body's name ends before "of the"; a one-word head ("Ministry of
 * the Interior", "Bank of the West") is a name of its own and is left whole.
 */
final class PlacesAfterBodies {

	/** How many capitalised words the place may take ("of the United Arab Emirates"). */
	private static final int MAX_PLACE_WORDS = 3;

	private PlacesAfterBodies() {
	}

	/**
	 * Where the body's name ends (exclusive), when the capitalised run from
	 * {@code placeStart} to {@code placeEnd} (exclusive) is a place after "of the" that
	 * follows a body's name of two capitalised words or more; else -1.
	 */
	static int bodyEnd(DocumentTokens doc, int placeStart, int placeEnd) {
		if (placeStart < 4 || placeEnd - placeStart > MAX_PLACE_WORDS || doc.boundaryBefore(placeStart)
				|| !doc.get(placeStart - 1).is("the") || !doc.get(placeStart - 2).is("of")
				|| !capitalisedWord(doc.get(placeStart - 3)) || !capitalisedWord(doc.get(placeStart - 4))) {
			return -1;
		}
		for (int t = placeStart; t < placeEnd; t++) {
			if (!capitalisedWord(doc.get(t))) {
				return -1;
			}
		}
		return placeStart - 2;
	}

	private static boolean capitalisedWord(Token token) {
		return token.word() && token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(token.lower());
	}

}
