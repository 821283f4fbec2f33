package app.quarry.generation.extract.people;

import java.util.Locale;
import java.util.Set;

/**
 * "former Kestrel Bay inmates", "the Port Harlan Prison guards": a run of capitals that
 * ends in a word for a place or an institution names where something is, not someone.
 * "He" or "she" never stands for it, unless the text gave it a gender or a role.
 */
final class PlaceWordNames {

	/** Last words of places and institutions that are seldom surnames. */
	private static final Set<String> PLACE_ENDS = NameLexicon.words("bay", "island", "islands", "strait", "straits",
			"gulf", "prison", "jail", "gaol", "airport", "hospital", "university", "college", "station", "harbour",
			"harbor", "county", "province", "district", "stadium", "cathedral", "palace", "airbase", "peninsula",
			"canal", "desert", "prefecture", "republic", "kingdom", "square", "hotel", "ministry", "embassy", "academy",
			"institute", "museum", "camp", "valley", "mountains", "river", "ocean", "sea");

	private PlaceWordNames() {
	}

	/**
	 * Whether a gendered pronoun cannot stand for the person: a name of two words or more
	 * ending in a place's word, with nothing that marks it as a person's.
	 */
	static boolean noOneForAPronoun(Mention pronoun, LocalPerson person) {
		if (pronoun.gender == Gender.UNKNOWN || person.gender != Gender.UNKNOWN || !person.roles.isEmpty()) {
			return false;
		}
		String[] words = person.name().trim().toLowerCase(Locale.ROOT).split("\\s+");
		return words.length >= 2 && PLACE_ENDS.contains(words[words.length - 1]);
	}

}
