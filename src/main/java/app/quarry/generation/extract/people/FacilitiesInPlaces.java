package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "the Harlow Memorial Hospital in Qarnet", "the Greyfield Film Festival in Greyfield,
 * Vermont": a name whose last word says it is a place people go to or an event held in
 * one (a hospital, a university, a festival, a stadium), followed by "in" and a place.
 * Such a name stays where it is, so "in" and the place tell where it is ("a hospital in
 * Qarnet"). A month after "in" is a time, and a body that may act in many places (a
 * party, a council, a court) is left out: "the Labour Party in Norland" is a branch, not
 * a site.
 */
final class FacilitiesInPlaces {

	/** Last words of the names of sites and of events held at one site. */
	private static final Set<String> SITES = NameLexicon.words("university", "college", "school", "academy", "hospital",
			"clinic", "infirmary", "festival", "museum", "gallery", "library", "zoo", "aquarium", "stadium", "arena",
			"coliseum", "centre", "center", "hotel", "airport", "prison", "jail", "cathedral", "church", "mosque",
			"temple", "synagogue", "theatre", "theater", "mall", "palace", "castle", "observatory", "institute", "park",
			"tower");

	/** Site words that are also common surnames: "Jane Park", "Tom Church". */
	private static final Set<String> SURNAMES = NameLexicon.words("park", "church", "temple", "castle", "tower", "hall",
			"palace");

	/**
	 * Words that end names of buildings and streets, not of towns: "Leeds Crown Court".
	 */
	private static final Set<String> NO_TOWN = NameLexicon.words("court", "council", "hall", "house", "office",
			"station", "street", "road", "avenue", "square", "bridge", "building");

	/** Words before a town that say which part of it: "in downtown Marlow". */
	private static final Set<String> PARTS = NameLexicon.words("downtown", "midtown", "central", "northern", "southern",
			"eastern", "western", "suburban");

	private FacilitiesInPlaces() {
	}

	/**
	 * What the name from {@code start} to {@code end} is, when "in" and a place follow
	 * it: "a hospital in Qarnet"; else null.
	 */
	static String after(DocumentTokens doc, int start, int end, boolean[] person) {
		Token last = doc.get(end - 1);
		if (end - start < 2 || end + 1 >= doc.size() || !last.capitalized() || !SITES.contains(last.lower())
				|| doc.boundaryBefore(end) || !doc.get(end).text().equals("in") || doc.boundaryBefore(end + 1)) {
			return null;
		}
		if (PlaceDescriptions.anyPerson(person, start, end)) {
			return null; // "Jane Park in Lakeside said": a surname that is also a site
							// word
		}
		int place = end + 1;
		int town = PARTS.contains(doc.get(place).text()) && place + 1 < doc.size() && !doc.boundaryBefore(place + 1)
				? place + 1 : place;
		int placeEnd = PlaceNameBounds.nameEnd(doc, town);
		if (placeEnd < 0 || PlaceDescriptions.anyPerson(person, town, placeEnd)) {
			return null;
		}
		for (int t = town; t < placeEnd; t++) {
			String lower = doc.get(t).lower();
			if (SITES.contains(lower) || NO_TOWN.contains(lower) || OrganisationWords.CALENDAR.contains(lower)
					|| NameLexicon.FUNCTION_WORDS.contains(lower)) {
				return null; // "in Leeds Crown Court", "in May"
			}
		}
		// "in Greyfield, Vermont, United States": a state or country set off after the
		// town
		while (placeEnd + 1 < doc.size() && doc.get(placeEnd).is(",") && !doc.boundaryBefore(placeEnd + 1)) {
			int larger = largerPlaceEnd(doc, placeEnd + 1);
			if (larger < 0) {
				break;
			}
			placeEnd = larger;
		}
		if (!PlaceNameBounds.closes(doc, placeEnd) || speaks(doc, last, placeEnd)) {
			return null;
		}
		String kind = last.lower();
		// "a university": its vowel is sounded as "you"
		return (kind.startsWith("uni") ? "a " + kind : PlaceDescriptions.indefinite(kind)) + " in "
				+ doc.span(place, placeEnd);
	}

	/**
	 * "Min-jun Park in Seoul said": a site word that is also a surname, followed by a
	 * speech verb, ends a person's name; parks and churches seldom speak.
	 */
	private static boolean speaks(DocumentTokens doc, Token last, int placeEnd) {
		return SURNAMES.contains(last.lower()) && placeEnd < doc.size() && !doc.boundaryBefore(placeEnd)
				&& SpeechVerbs.isSpeechVerb(doc.get(placeEnd).lower());
	}

	/** The end of a state or a country that starts at {@code t}, or -1. */
	private static int largerPlaceEnd(DocumentTokens doc, int t) {
		int state = TownsBeforeStates.stateEnd(doc, t);
		if (state > 0) {
			return state;
		}
		int end = PlaceNameBounds.nameEnd(doc, t);
		return end > 0 && CountryNames.isCountry(doc.span(t, end).toLowerCase(java.util.Locale.ROOT)) ? end : -1;
	}

}
