package app.quarry.generation.extract.people;

/**
 * A description that ends in what an organisation makes or serves often lists it: "a
 * maker of coated fabrics for shipping, farming, mining and other trades". The commas of
 * such a list are no end of the description, and the list is no list of appositions
 * ("Brovo, the Post's publisher, local papers and ...") when a preposition opened it.
 */
final class DescriptionLists {

	/** Words one item of the list may have. */
	private static final int MAX_ITEM_TOKENS = 3;

	/** How far back from the comma the preposition that opens the list may stand. */
	private static final int MAX_OPENING_DISTANCE = 4;

	private DescriptionLists() {
	}

	/**
	 * The index after the list that continues the description from the comma at
	 * {@code comma}, when a preposition a few words before the comma opened it and "and"
	 * or "or" closes it before a comma or the sentence's end; {@code comma} otherwise.
	 */
	static int end(DocumentTokens doc, int first, int comma) {
		if (comma >= doc.size() || !doc.get(comma).is(",") || !openedByPreposition(doc, first, comma)) {
			return comma;
		}
		int t = comma + 1;
		boolean last = false;
		while (t < doc.size() && !doc.boundaryBefore(t)) {
			int item = t;
			while (t < doc.size() && !doc.boundaryBefore(t) && t - item < MAX_ITEM_TOKENS + (last ? 1 : 0)
					&& itemWord(doc.get(t))) {
				t++;
			}
			if (t == item) {
				return comma;
			}
			boolean closes = t >= doc.size() || doc.boundaryBefore(t) || doc.get(t).is(",") || doc.get(t).is(".")
					|| doc.get(t).is(";");
			if (last) {
				return closes ? t : comma;
			}
			if (t < doc.size() && doc.get(t).is(",") && t + 1 < doc.size() && !doc.boundaryBefore(t + 1)) {
				t++;
				if (isAnd(doc.get(t))) {
					last = true;
					t++;
				}
				continue;
			}
			if (t < doc.size() && isAnd(doc.get(t))) {
				last = true;
				t++;
				continue;
			}
			return comma;
		}
		return comma;
	}

	private static boolean openedByPreposition(DocumentTokens doc, int first, int comma) {
		for (int t = comma - 1; t > first && comma - t <= MAX_OPENING_DISTANCE; t--) {
			String lower = doc.get(t).lower();
			if (NameLexicon.PREPOSITIONS.contains(lower)) {
				return t + 1 < comma;
			}
			if (!itemWord(doc.get(t))) {
				return false;
			}
		}
		return false;
	}

	/** A lower-case word that may stand in a list of things: no verb, article or link. */
	private static boolean itemWord(Token token) {
		String lower = token.lower();
		return (token.word() || token.is("-")) && !token.capitalized() && !isAnd(token)
				&& !NameLexicon.FUNCTION_WORDS.contains(lower) && !NameLexicon.PREPOSITIONS.contains(lower)
				&& !OrganisationFinder.VERBS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower);
	}

	private static boolean isAnd(Token token) {
		return token.lower().equals("and") || token.lower().equals("or");
	}

}
