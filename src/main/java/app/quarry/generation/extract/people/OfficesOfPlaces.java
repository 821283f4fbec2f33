package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;

/**
 * An office a story gave in the plural before it names the holders by their countries:
 * "The presidents of Norland and Vesta have signed the treaty. Norland's Jane Roe and Ann
 * Doe signed it in their palaces." makes Jane Roe the president of Norland and Ann Doe,
 * named beside her without a country, the president of Vesta, the other one.
 */
final class OfficesOfPlaces {

	/**
	 * How many sentences back the office may stand: the one before, so that an office
	 * given earlier in the story is not handed to a later player from the same country.
	 */
	private static final int SENTENCES_BACK = 1;

	private static final int MAX_PLACE_TOKENS = 4;

	private OfficesOfPlaces() {
	}

	/** An office in the plural and the places it was given for, in the text's order. */
	private record Office(String singular, List<String> places) {
	}

	static void find(DocumentTokens doc, Mention name) {
		if (name.role != null || name.firstToken < 2 || doc.boundaryBefore(name.firstToken)) {
			return;
		}
		String place = placeOwning(doc, name.firstToken - 1);
		boolean partner = false;
		if (place == null && doc.get(name.firstToken - 1).lower().equals("and")) {
			// "Norland's Jane Roe and Ann Doe": the name after "and" holds the other
			// place's office
			int previous = name.firstToken - 2;
			while (previous > 0 && doc.get(previous).nameLike() && !doc.boundaryBefore(previous)) {
				previous--;
			}
			place = previous < name.firstToken - 2 ? placeOwning(doc, previous) : null;
			partner = true;
		}
		Office office = place == null ? null : officeBefore(doc, name.firstToken);
		if (office == null || !office.places().contains(place)) {
			return;
		}
		if (partner) {
			if (office.places().size() != 2) {
				return;
			}
			place = office.places().get(0).equals(place) ? office.places().get(1) : office.places().get(0);
		}
		name.role = office.singular() + " of " + place;
	}

	/**
	 * "Norland" when the token at {@code mark} is the possessive mark of "Norland's", or
	 * the possessive of "the Republic of Vesta's"; null otherwise.
	 */
	private static String placeOwning(DocumentTokens doc, int mark) {
		if (mark < 1 || !NameFinder.isPossessiveMark(doc.get(mark)) || doc.boundaryBefore(mark)) {
			return null;
		}
		int first = mark;
		while (first > 0 && mark - first < MAX_PLACE_TOKENS && doc.get(first - 1).capitalized()
				&& !doc.boundaryBefore(first)) {
			first--;
		}
		return first == mark ? null : doc.span(first, mark);
	}

	/**
	 * The last office in the plural given for two or more places in the sentences before
	 * {@code before} ("the presidents of Norland and Vesta", "the prime ministers of
	 * Norland, Vesta and Ostmark"), or null.
	 */
	private static Office officeBefore(DocumentTokens doc, int before) {
		int sentence = doc.sentence[before];
		Office found = null;
		for (int t = before - 1; t > 0 && doc.sentence[t] >= sentence - SENTENCES_BACK && found == null; t--) {
			if (t + 2 < before && doc.get(t + 1).lower().equals("of") && !doc.get(t).capitalized()) {
				String singular = SharedRoles.singular(doc.get(t));
				if (singular != null && NameLexicon.isRoleNoun(singular)) {
					List<String> places = places(doc, t + 2, before);
					found = places.size() < 2 ? null : new Office(modifiers(doc, t) + singular, places);
				}
			}
		}
		return found;
	}

	/** "prime " of "prime ministers": lower-case words that qualify the office. */
	private static String modifiers(DocumentTokens doc, int noun) {
		int first = noun;
		while (first > 0 && noun - first < 2 && !doc.boundaryBefore(first) && doc.get(first - 1).word()
				&& !doc.get(first - 1).capitalized() && RoleWords.MODIFIERS.contains(doc.get(first - 1).lower())) {
			first--;
		}
		return first == noun ? "" : doc.span(first, noun) + " ";
	}

	/** "Norland", "the Republic of Vesta": places joined by commas and "and". */
	private static List<String> places(DocumentTokens doc, int first, int limit) {
		List<String> places = new ArrayList<>();
		int t = first;
		while (t < limit && (t == first || !doc.boundaryBefore(t))) {
			int start = t;
			if (doc.get(t).lower().equals("the")) {
				t++;
			}
			int end = t;
			while (end < limit && end - t < MAX_PLACE_TOKENS
					&& (doc.get(end).capitalized() || doc.get(end).lower().equals("of") && end > t)
					&& (end == t || !doc.boundaryBefore(end))) {
				end++;
			}
			if (end == t || doc.get(end - 1).lower().equals("of")) {
				return List.of();
			}
			places.add(doc.span(start, end));
			if (end >= limit || doc.boundaryBefore(end)
					|| !doc.get(end).is(",") && !doc.get(end).lower().equals("and")) {
				return places;
			}
			t = end + 1;
			if (t < limit && doc.get(t).lower().equals("and")) {
				t++; // ", and"
			}
		}
		return places;
	}

}
