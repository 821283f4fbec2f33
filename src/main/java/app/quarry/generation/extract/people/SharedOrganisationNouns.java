package app.quarry.generation.extract.people;

/**
 * An organisation noun in the plural before two names joined by "and": "French banks
 * Credit Norde and Banque Lyon" describes each of them, in the singular ("French bank").
 */
final class SharedOrganisationNouns {

	private static final int MAX_MODIFIERS = 3;

	private SharedOrganisationNouns() {
	}

	/**
	 * The singular of an organisation noun in the plural ("banks", "companies"), or null
	 * for any other word.
	 */
	static String singular(String lower) {
		if (lower.endsWith("ies") && OrganisationWords.NOUNS.contains(lower.substring(0, lower.length() - 3) + "y")) {
			return lower.substring(0, lower.length() - 3) + "y";
		}
		if (lower.endsWith("s") && OrganisationWords.NOUNS.contains(lower.substring(0, lower.length() - 1))) {
			return lower.substring(0, lower.length() - 1);
		}
		return null;
	}

	/**
	 * True when the plural noun stands right before the name at {@code start} and
	 * {@code end} is followed by "and" and a second name: the pair is two organisations,
	 * not one name with "and" inside.
	 */
	static boolean beforePair(DocumentTokens doc, int start, int end) {
		return pluralAt(doc, start - 1) && end + 1 < doc.size() && doc.get(end).lower().equals("and")
				&& doc.get(end + 1).capitalized() && !doc.boundaryBefore(end + 1);
	}

	/**
	 * The description the plural gives the name at {@code start}, the first of the pair
	 * or the second after "and"; null when there is none.
	 */
	static String describing(DocumentTokens doc, int start) {
		int noun = start - 1;
		if (noun > 1 && doc.get(noun).lower().equals("and") && !doc.boundaryBefore(start)) {
			// the second of the pair: the noun stands before the first
			noun--;
			while (noun > 0 && doc.get(noun).capitalized() && !doc.boundaryBefore(noun)) {
				noun--;
			}
			int first = noun + 1;
			if (first >= start - 1 || !beforePair(doc, first, OrganisationFinder.runEnd(doc, first))) {
				return null;
			}
		}
		else if (!beforePair(doc, start, OrganisationFinder.runEnd(doc, start))) {
			return null;
		}
		int from = noun;
		while (from > 0 && noun - from < MAX_MODIFIERS && !doc.boundaryBefore(from)) {
			Token token = doc.get(from - 1);
			String lower = token.lower();
			boolean modifier = token.word() && !NameLexicon.FUNCTION_WORDS.contains(lower)
					&& !NameLexicon.PREPOSITIONS.contains(lower) && !OrganisationFinder.VERBS.contains(lower)
					&& !RoleWords.ARTICLES.contains(lower)
					&& (!token.capitalized() || OrganisationWords.PLACES.contains(lower));
			if (!modifier) {
				break;
			}
			from--;
		}
		String modifiers = from < noun ? doc.span(from, noun) + " " : "";
		return modifiers + singular(doc.get(noun).lower());
	}

	private static boolean pluralAt(DocumentTokens doc, int t) {
		return t > 0 && doc.get(t).word() && !doc.get(t).capitalized() && !doc.boundaryBefore(t + 1)
				&& singular(doc.get(t).lower()) != null;
	}

}
