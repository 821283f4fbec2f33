package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A place described by the country or region that holds it, with a possessive: "Norland's
 * southern commercial capital Vetra", "Norland's Red Sea port of Arvena", "in Arvena,
 * Norland's capital," or "Vetra, Norland's largest city,". The words between the owner
 * and the noun must say what kind of capital or place it is ("commercial", "southern",
 * "largest", "Red Sea"): a word the lists do not know ("laid-back", "beloved") may as
 * well be an opinion, and "Norland's commercial capital" is no "capital of Norland", so
 * such a phrase is left alone.
 */
final class OwnedPlaceNouns {

	/** Words that say which of a country's capitals is meant. */
	private static final Set<String> CAPITAL_KINDS = NameLexicon.words("commercial", "financial", "economic",
			"political", "administrative", "cultural", "religious", "spiritual", "industrial", "former", "old", "new",
			"provincial", "regional", "winter", "summer", "ancient", "historic");

	private static final int MAX_OWNER_TOKENS = 3;

	private static final int MAX_QUALIFIERS = 3;

	private OwnedPlaceNouns() {
	}

	/**
	 * The description when a possessive owner and known qualifiers stand before the place
	 * noun at {@code noun}, whose place is named after it: "Norland's commercial capital
	 * Vetra" (the commercial capital of Norland), "Norland's Red Sea port of Arvena" (a
	 * Red Sea port in Norland); null for any other words.
	 */
	static String before(DocumentTokens doc, int noun, boolean[] person, Set<String> kinds) {
		int qualifiers = qualifiersStart(doc, noun);
		return qualifiers < 0 ? null : description(doc, qualifiers, noun, person, kinds, false);
	}

	/**
	 * "Norland's capital", "Norland's largest city" from {@code from}, an apposition a
	 * mark or a clause closes: the description, or null.
	 */
	static String after(DocumentTokens doc, int from, boolean[] person, Set<String> kinds) {
		int owner = from;
		while (owner < doc.size() && owner - from < MAX_OWNER_TOKENS && !doc.boundaryBefore(owner)
				&& doc.get(owner).capitalized() && !NameFinder.isPossessiveMark(doc.get(owner))) {
			owner++;
		}
		if (owner == from || owner + 2 >= doc.size() || !NameFinder.isPossessiveMark(doc.get(owner))) {
			return null;
		}
		int noun = owner + 1;
		while (noun < doc.size() && noun - owner <= MAX_QUALIFIERS && !doc.boundaryBefore(noun)
				&& !placeNoun(doc.get(noun), kinds) && qualifier(doc.get(noun))) {
			noun++;
		}
		if (noun >= doc.size() || doc.boundaryBefore(noun) || !PlaceNameBounds.closes(doc, noun + 1)) {
			return null;
		}
		return description(doc, owner + 1, noun, person, kinds, true);
	}

	/**
	 * Where the qualifiers before {@code noun} start, right after an owner's possessive
	 * mark; -1 when no possessive owner comes first.
	 */
	private static int qualifiersStart(DocumentTokens doc, int noun) {
		int start = noun;
		while (start > 0 && noun - start < MAX_QUALIFIERS && !doc.boundaryBefore(start)
				&& !NameFinder.isPossessiveMark(doc.get(start - 1)) && qualifier(doc.get(start - 1))) {
			start--;
		}
		return start >= 2 && !doc.boundaryBefore(start) && NameFinder.isPossessiveMark(doc.get(start - 1)) ? start : -1;
	}

	private static String description(DocumentTokens doc, int qualifiers, int noun, boolean[] person, Set<String> kinds,
			boolean setOff) {
		String kind = doc.get(noun).lower();
		boolean capital = kind.equals("capital");
		if (!placeNoun(doc.get(noun), kinds)) {
			return null;
		}
		int ownerEnd = qualifiers - 1;
		int owner = ownerEnd;
		while (owner > 0 && ownerEnd - owner < MAX_OWNER_TOKENS && !doc.boundaryBefore(owner)
				&& doc.get(owner - 1).capitalized() && !NameFinder.isPossessiveMark(doc.get(owner - 1))) {
			owner--;
		}
		if (owner == ownerEnd || anyPerson(person, owner, ownerEnd)
				|| OrganisationWords.companyName(doc, owner, ownerEnd)) {
			return null; // "Acme's Ohio district": a company's, not a country's
		}
		boolean superlative = qualifiers < noun && doc.get(qualifiers).lower().endsWith("est");
		for (int t = qualifiers; t < noun; t++) {
			Token word = doc.get(t);
			boolean known = capital ? CAPITAL_KINDS.contains(word.lower()) || PlaceDescriptions.placeAdjective(word)
					: PlaceDescriptions.placeAdjective(word) || word.capitalized() && !setOff;
			if (!known) {
				return null;
			}
		}
		String words = doc.span(qualifiers, noun + 1);
		String where = doc.span(owner, ownerEnd);
		if (capital) {
			return "the " + words + " of " + where;
		}
		if (superlative) {
			return "the " + words + " in " + where;
		}
		// "Vetra, Norland's northern city," may be one of several
		return setOff ? null : PlaceDescriptions.indefinite(words) + " in " + where;
	}

	/**
	 * A word that may qualify a place noun: lower case, or a capitalized name before it.
	 */
	private static boolean qualifier(Token token) {
		return token.word() && !NameFinder.isPossessiveMark(token)
				&& (token.capitalized() || !NameLexicon.FUNCTION_WORDS.contains(token.lower()));
	}

	private static boolean placeNoun(Token token, Set<String> kinds) {
		return token.word() && !token.capitalized()
				&& (token.lower().equals("capital") || kinds.contains(token.lower()));
	}

	private static boolean anyPerson(boolean[] person, int from, int to) {
		for (int t = from; t < to; t++) {
			if (person[t]) {
				return true;
			}
		}
		return false;
	}

}
