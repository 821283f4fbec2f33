package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Nouns that close the name of a body rather than a person's: "the High Ostlandic War
 * Crimes Court", "the Norland Appeals Board". A capitalized run ending in one is no
 * person however its first words read.
 */
final class BodyNouns {

	/** Courts and public bodies that the list of firms' nouns does not hold. */
	private static final Set<String> PUBLIC = NameLexicon.words("court", "tribunal", "council", "committee",
			"commission", "ministry", "department", "authority", "assembly", "parliament", "senate", "congress",
			"board", "office", "agency", "court-martial");

	private BodyNouns() {
	}

	static boolean closes(String lower) {
		return PUBLIC.contains(lower) || OrganisationWords.NOUNS.contains(lower);
	}

}
