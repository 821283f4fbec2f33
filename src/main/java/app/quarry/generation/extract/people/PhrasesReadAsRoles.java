package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.ARTICLES;
import static app.quarry.generation.extract.people.RoleWords.VERBS;
import static app.quarry.generation.extract.people.RoleWords.roleWordNearStart;

/**
 * Whether the phrase from an article to a comma reads as a role ("the director of the
 * port", "the Libyan") and not as any other phrase ("a plot hatched by the dictator").
 * Apart from {@link RolesSetOffBefore}, which finds where such a phrase may start.
 */
final class PhrasesReadAsRoles {

	private PhrasesReadAsRoles() {
	}

	/**
	 * An article, or "another", which opens a role as "an" does: "Another analyst, Jane
	 * Roe, said"; "one" counts a person as "a" does.
	 */
	static boolean opensRole(String lower) {
		return ARTICLES.contains(lower) || lower.equals("another") || lower.equals("one");
	}

	/**
	 * The phrase from its article to the comma has a role noun before any preposition
	 * ("the director of the port", not "a plot hatched by the dictator") and no verb.
	 */
	static boolean readsAsRole(DocumentTokens doc, int article, int comma) {
		if (comma == article + 2 && article >= 0 && opensRole(doc.get(article).lower())
				&& nationality(doc.get(article + 1))) {
			return true;
		}
		if (!roleWordNearStart(doc, article + 1, comma)) {
			return false;
		}
		boolean head = article + 2 < comma && doc.get(article + 1).lower().equals("one")
				&& doc.get(article + 2).lower().equals("of");
		for (int t = article + 1; t < comma; t++) {
			String lower = doc.get(t).lower();
			// "the state governor": a speech verb's spelling after an article is a noun;
			// "the Secretary of State": a capitalized one inside the phrase is part of a
			// name
			boolean named = t > article + 1 && doc.get(t).capitalized();
			if (SpeechVerbs.isSpeechVerb(lower) && !AppositionBounds.speechWordAsNoun(doc, t) && !named
					|| VERBS.contains(lower) && !named || !head && NameLexicon.PREPOSITIONS.contains(lower)) {
				return false;
			}
			// "the mayor's letter came from the treasurer": a role noun before "'s"
			// owns
			// what follows and is not the phrase's head
			head = (head || NameLexicon.isRoleNoun(lower)) && !lower.equals("'s") && !lower.equals("’s");
		}
		return true;
	}

	/**
	 * Capitalized words ending as nationalities do that name a place or a body instead.
	 */
	private static final Set<String> NOT_NATIONALITIES = NameLexicon.words("vatican", "taliban", "koran", "sudan",
			"iran", "oman", "japan", "jordan", "michigan", "ramadan");

	/**
	 * "the Libyan, Jane Roe,": a nationality standing alone for a person says what she
	 * is, as a role noun would.
	 */
	static boolean nationality(Token token) {
		String lower = token.lower();
		return token.word() && token.capitalized() && lower.length() > 4 && lower.chars().allMatch(Character::isLetter)
				&& (lower.endsWith("an") && !lower.endsWith("stan") || lower.endsWith("ese"))
				&& !NOT_NATIONALITIES.contains(lower);
	}

}
