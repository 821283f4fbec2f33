package app.quarry.generation.extract.people;

/**
 * What an organisation is, told by a bare noun phrase set off by a comma before its name,
 * with no article: "is urging energy regulator, Powerco, to cut prices" or "said by
 * industry watchdog, the Water Board." News writing drops the article of such a title as
 * it does before a person's ("company chairman Jane Roe"); the comma only sets the name
 * off. The phrase must follow a verb or a preposition, so that it is not one item of a
 * list, and carry a word that tells what kind of body it is besides the noun for one.
 */
final class BareKindsSetOffBefore {

	private static final int MAX_MODIFIERS = 3;

	private BareKindsSetOffBefore() {
	}

	/** The description set off before the name at {@code start}..{@code end}, or null. */
	static String before(DocumentTokens doc, int start, int end) {
		int comma = start - 1;
		if (comma > 0 && doc.get(comma).lower().equals("the") && !doc.get(comma).capitalized()) {
			comma--; // "watchdog, the Water Board,": the article opens the name
		}
		if (comma < 3 || !doc.get(comma).is(",") || doc.boundaryBefore(start) || doc.boundaryBefore(comma)
				|| !closedByMark(doc, end) || ThingNames.listGoesOn(doc, end)) {
			return null;
		}
		int head = comma - 1;
		Token noun = doc.get(head);
		if (!noun.word() || noun.capitalized() || !OrganisationWords.NOUNS.contains(noun.lower())) {
			return null;
		}
		int from = head;
		while (from - 1 >= 0 && head - from < MAX_MODIFIERS && !doc.boundaryBefore(from)
				&& modifier(doc.get(from - 1))) {
			from--;
		}
		if (from == head || from == 0 || doc.boundaryBefore(from) || !opensPhrase(doc.get(from - 1))) {
			return null;
		}
		return doc.span(from, comma);
	}

	/** "Powerco, to", "Powerco." or "Powerco)": a mark closes the name, not "and". */
	private static boolean closedByMark(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return true;
		}
		Token next = doc.get(end);
		if (next.is(",")) {
			return end + 1 >= doc.size()
					|| !doc.get(end + 1).lower().equals("and") && !doc.get(end + 1).lower().equals("or");
		}
		return next.is(".") || next.is(";") || next.is(")");
	}

	/** "energy" in "energy regulator": a lower-case word that no clause needs. */
	private static boolean modifier(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && !OrganisationFinder.VERBS.contains(lower)
				&& !SpeechVerbs.isSpeechVerb(lower) && !NameLexicon.PREPOSITIONS.contains(lower)
				&& !NameLexicon.FUNCTION_WORDS.contains(lower) && !lower.endsWith("ing") && !lower.endsWith("ly")
				&& !OrganisationWords.NOUNS.contains(lower) && !NameFinder.isPossessiveMark(token);
	}

	/** "urging", "by", "told": a word after which a noun phrase starts. */
	private static boolean opensPhrase(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized()
				&& (lower.endsWith("ing") || NameLexicon.PREPOSITIONS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
						|| lower.equals("told") || lower.equals("asked"));
	}

}
