package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * '"…," his older sister Mara remarked': a possessive and a few lower-case words of
 * kinship or role before a name describe that name's bearer, who is the subject of the
 * verb after the name; the owner ("his") only tells whose sister she is.
 */
final class NamesAfterOwnedDescriptions {

	/**
	 * Words between the possessive and the name: "older sister", "long-time campaign
	 * manager".
	 */
	private static final int MAX_WORDS = 4;

	private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my");

	private NamesAfterOwnedDescriptions() {
	}

	/**
	 * The name after the possessive determiner at {@code t} and its description, or null.
	 */
	static Mention named(DocumentPeople people, int t) {
		DocumentTokens doc = people.doc;
		if (!POSSESSIVES.contains(doc.get(t).lower())) {
			return null;
		}
		int u = t + 1;
		while (u < doc.size() && u <= t + MAX_WORDS && !doc.boundaryBefore(u) && doc.get(u).word()
				&& !doc.get(u).capitalized() && !SpeechVerbs.isSpeechVerb(doc.get(u).lower())
				&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(u).lower())) {
			u++;
		}
		if (u == t + 1 || u >= doc.size() || doc.boundaryBefore(u)) {
			return null;
		}
		for (Mention named : people.mentions) {
			// the name's phrase starts with the description, so it is found by its first
			// word
			if (named.firstToken == u) {
				return named.kind == Mention.Kind.NAME && !named.possessive && !named.inQuote && named.person != null
						? named : null;
			}
		}
		return null;
	}

}
