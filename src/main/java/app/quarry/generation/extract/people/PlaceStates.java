package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A state written after its place ("Mount Vernon, Virginia"), where the state's name may
 * be somebody's given name too.
 */
final class PlaceStates {

	/** Words that end a place's name before its state: "Loudon county, Virginia". */
	private static final Set<String> PLACE_NOUNS = NameLexicon.words("county", "village", "city", "town", "township",
			"district", "province", "parish");

	private PlaceStates() {
	}

	/**
	 * "Mount Vernon, Virginia", "Loudon county, Virginia": a place and a comma before the
	 * name.
	 */
	static boolean afterPlace(DocumentTokens doc, Mention name) {
		int comma = name.firstToken - 1;
		if (comma < 1 || !doc.get(comma).is(",") || doc.boundaryBefore(comma)) {
			return false;
		}
		Token place = doc.get(comma - 1);
		return place.capitalized() || PLACE_NOUNS.contains(place.lower());
	}

}
