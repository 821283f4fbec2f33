package app.quarry.generation.extract.people;

import java.util.List;

import app.quarry.generation.extract.EntityFact;

/**
 * "the Norlandic capital Arvena", "the Norlandic capital of Arvena", "the Norlandic
 * province of Vetra", "Norland's capital, Arvena", "the capital Arvena": the place named
 * after a noun for a place. Kept apart from the appositions after a name because here the
 * words before the noun decide what is said: an owner, a people's adjective, or the noun
 * alone.
 */
final class PlaceNounsBeforeNames {

	private PlaceNounsBeforeNames() {
	}

	/** Adds the place named after the place noun at {@code noun}, if it is described. */
	static void find(DocumentTokens doc, String text, boolean[] person, int noun, List<EntityFact> facts) {
		int name = noun + 1;
		boolean capital = doc.get(noun).lower().equals("capital");
		if (name < doc.size() && (doc.get(name).is(",") || doc.get(name).lower().equals("of")
				|| capital && doc.get(name).lower().equals("city"))) {
			name++;
		}
		int end = PlaceNameBounds.nameEnd(doc, name);
		if (end < 0 || doc.boundaryBefore(noun) || PlaceDescriptions.anyPerson(person, name, end)
				|| !PlaceNameBounds.closes(doc, end) || OrganisationNameRuns.placeOrPeople(doc, name, end)) {
			return;
		}
		if (doc.get(noun + 1).lower().equals("of")
				&& PlacesNamedAfterTheirKind.heldByCountry(doc.get(noun), doc, name, end)) {
			return; // "the southern Acme region of Somalia": the country holds the region
		}
		boolean comma = doc.get(noun + 1).is(",");
		int adjective = noun;
		while (adjective > 0 && noun - adjective < 2 && !doc.boundaryBefore(adjective)
				&& doc.get(adjective - 1).capitalized()) {
			adjective--;
		}
		int modifiers = adjective;
		while (modifiers > 0 && adjective - modifiers < 2 && !doc.boundaryBefore(modifiers)
				&& PlaceDescriptions.PLACE_ADJECTIVES.contains(doc.get(modifiers - 1).lower())
				&& !doc.get(modifiers - 1).capitalized()) {
			modifiers--;
		}
		boolean the = modifiers > 0 && doc.get(modifiers - 1).lower().equals("the") && !doc.boundaryBefore(modifiers);
		String description = describe(doc, person, noun, end, capital, comma, adjective, modifiers, the);
		if (description != null) {
			facts.add(PlaceDescriptions.fact(doc, text, name, end, description));
		}
	}

	/**
	 * What the words before the place noun say the place is: an owner's capital, a
	 * people's province, or the noun's kind alone; null when they say nothing sure.
	 */
	private static String describe(DocumentTokens doc, boolean[] person, int noun, int end, boolean capital,
			boolean comma, int adjective, int modifiers, boolean the) {
		String owned = OwnedPlaceNouns.before(doc, noun, person, PlaceDescriptions.KINDS);
		if (owned != null) {
			return owned; // "Norland's commercial capital Vetra"
		}
		if (capital && noun >= 2 && NameFinder.isPossessiveMark(doc.get(noun - 1))) {
			int owner = noun - 1;
			while (owner > 0 && noun - 1 - owner < 3 && !doc.boundaryBefore(owner)
					&& doc.get(owner - 1).capitalized()) {
				owner--;
			}
			return owner < noun - 1 ? "the capital of " + doc.span(owner, noun - 1) : null;
		}
		if (the && capital && comma && adjective == noun && modifiers == noun && setOffAlone(doc, end)) {
			return "a capital city"; // "in the capital, Arvena, crowds gathered"
		}
		if (!the || comma && adjective == noun) {
			return null; // "the capital, Arvena" is read as two things, not one
		}
		if (adjective < noun && modifiers == adjective) {
			// a country has one capital but many provinces
			return capital ? "the " + doc.span(adjective, noun + 1)
					: PlaceDescriptions.indefinite(doc.span(adjective, noun + 1));
		}
		if (adjective < noun) {
			return PlaceDescriptions.indefinite(doc.span(modifiers, noun + 1));
		}
		if (!capital && modifiers == noun && doc.get(noun + 1).lower().equals("of")) {
			// "the city of Vetra": the noun alone says what kind of place the name is
			return PlaceDescriptions.indefinite(doc.get(noun).lower());
		}
		if (capital && modifiers == noun && !doc.get(noun + 1).lower().equals("of")) {
			// "the capital Arvena" says what it is, not of where
			return "a capital city";
		}
		return null;
	}

	/**
	 * "the capital, Arvena, a crowd ...": a name a second comma closes, with a clause
	 * going on after it, not a list ("the capital, Arvena, Belmont and Vetra") nor a new
	 * clause ("In the capital, Arvena police said").
	 */
	private static boolean setOffAlone(DocumentTokens doc, int end) {
		if (end + 1 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(end + 1)) {
			return false;
		}
		Token next = doc.get(end + 1);
		return next.word() && !next.capitalized() && !next.lower().equals("and") && !next.lower().equals("or");
	}

}
