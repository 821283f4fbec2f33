package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "according to his father", "according to their lawyer": the source is someone the
 * pronoun's person owns, never that person, who is told of in the third person. Only a
 * document or a saying they own ("according to her statement", "according to his own
 * words") is their own words.
 */
final class OwnedSources {

	private static final Set<String> OWNING_PRONOUNS = NameLexicon.words("his", "her", "their", "its");

	private OwnedSources() {
	}

	/**
	 * Whether the source at the token is owned by a pronoun and is not their own text.
	 */
	static boolean ownedByPronoun(DocumentTokens doc, int t, int open) {
		if (t + 1 >= open || !OWNING_PRONOUNS.contains(doc.get(t).lower())) {
			return false;
		}
		int noun = doc.get(t + 1).lower().equals("own") && t + 2 < open ? t + 2 : t + 1;
		String owned = doc.get(noun).lower();
		return !SourceSpeakers.DOCUMENTS.contains(owned) && !SayingsOwnedByNames.SAID_THINGS.contains(owned);
	}

}
