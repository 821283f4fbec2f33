package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Nouns that say what kind of person someone is, read from the noun alone: a role noun
 * ("senator"), a doer by its ending ("suitor", "holder", "interpreter") or a word that
 * names a person by her politics or stance ("republican", "radical").
 */
final class PersonNouns {

	/** Adjectives that stand as nouns for people: "republican Jane Roe". */
	static final Set<String> STANCES = NameLexicon.words("radical", "republican", "democrat", "rebel", "militant",
			"dissident", "veteran", "conservative", "liberal", "moderate", "hardliner", "loyalist", "fugitive",
			"rival");

	/**
	 * Nouns for people of any kind: "the two men, Jane Roe and John Doe" say nothing a
	 * quiz could ask.
	 */
	private static final Set<String> ANYONE = NameLexicon.words("man", "woman", "person", "people", "boy", "girl",
			"child", "other", "one");

	/** Role words that rank a noun after them, no person by themselves: "senior". */
	private static final Set<String> RANKS = NameLexicon.words("senior", "junior", "chief", "top", "principal",
			"acting");

	private PersonNouns() {
	}

	/** True when {@code lower}, a singular noun, names a kind of person. */
	static boolean namesPerson(String lower) {
		if (ANYONE.contains(lower) || RANKS.contains(lower) || lower.length() < 3) {
			return false;
		}
		// "cosmonaut", "aquanaut": a traveller by the word's ending
		return NameLexicon.isRoleNoun(lower) || STANCES.contains(lower) || AgentNouns.isAgent(lower)
				|| lower.length() > 6 && lower.endsWith("naut") || PersonNounLexicon.contains(lower)
				|| PersonNounLexicon.qualifiedOnly(lower);
	}

	/**
	 * The singular of a plural noun ("astronauts", "deputies", "chairmen"); null when the
	 * word reads as no plural.
	 */
	static String singular(String lower) {
		if (lower.length() < 4 || !lower.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
			return null;
		}
		if (lower.endsWith("men")) {
			return lower.substring(0, lower.length() - 3) + "man";
		}
		if (lower.endsWith("ies")) {
			return lower.substring(0, lower.length() - 3) + "y";
		}
		if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")) {
			return lower.substring(0, lower.length() - 1);
		}
		return null;
	}

}
