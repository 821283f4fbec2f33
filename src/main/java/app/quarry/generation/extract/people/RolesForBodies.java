package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "a spokesman for Acme", "a senior official at the Home Office": someone who speaks for
 * a body the text names, without a name of their own. Such a speaker is told in the
 * text's own words, "a spokesman for Acme": readers and keys alike know the speaker by
 * the phrase the story used, and turning it round into a caption ("Acme spokesman") makes
 * a name no one wrote. The body must be written as a name (capitalised words, "of", "for"
 * and "and" between them); a person's name after "for" ("a spokesman for Mr Roe") is a
 * person's spokesman, not a body's.
 */
final class RolesForBodies {

	/** The roles of people who speak for a body rather than for themselves. */
	private static final Set<String> ROLES = NameLexicon.words("spokesman", "spokeswoman", "spokesperson",
			"representative", "official", "lawyer", "attorney");

	/** What ties the role to the body: "for", "at", "of", "from", "with". */
	private static final Set<String> TIES = NameLexicon.words("for", "at", "of", "from", "with");

	private static final Set<String> DETERMINERS = NameLexicon.words("a", "an", "one", "the");

	/**
	 * Small words a body's name may hold between capitalised ones: "Department for
	 * Trade".
	 */
	private static final Set<String> INSIDE_NAMES = NameLexicon.words("of", "for", "and", "&", "the", "on");

	/** Words that end a phrase rather than qualify a role. */
	private static final Set<String> NOT_MODIFIERS = NameLexicon.words("and", "or", "but", "who", "which", "that", "as",
			"in", "on", "by");

	/** Lower-case words that may stand before the role at most: "a senior". */
	private static final int MAX_MODIFIERS = 2;

	/** Words that open a person's name rather than a body's. */
	private static final Set<String> PERSON_OPENERS = NameLexicon.words("mr", "mrs", "ms", "miss", "dr", "sir", "lord",
			"lady", "mr.", "mrs.", "ms.", "dr.", "president", "prince", "princess", "king", "queen");

	private RolesForBodies() {
	}

	/**
	 * The end (exclusive) of "a spokesman for Acme" when the phrase starts at {@code t}
	 * with its determiner, or -1.
	 */
	static int end(DocumentTokens doc, int t) {
		int n = doc.size();
		if (t >= n || !DETERMINERS.contains(doc.get(t).lower())) {
			return -1;
		}
		int role = t + 1;
		while (role < n && role <= t + MAX_MODIFIERS && !ROLES.contains(doc.get(role).lower()) && modifier(doc, role)) {
			role++;
		}
		if (role + 2 >= n || !ROLES.contains(doc.get(role).lower()) || doc.get(role).capitalized()
				|| !TIES.contains(doc.get(role + 1).lower()) || doc.boundaryBefore(role + 2)) {
			return -1;
		}
		int body = role + 2;
		if (doc.get(body).lower().equals("the")) {
			body++;
		}
		if (body < n && !doc.get(body).capitalized() && body > role + 2) {
			return DescribedIssuers.bodyEnd(doc, role + 2); // "for the naval mission"
		}
		if (body >= n || !doc.get(body).capitalized() || PERSON_OPENERS.contains(doc.get(body).lower())) {
			return -1;
		}
		int u = body;
		while (u < n && !doc.boundaryBefore(u) && (doc.get(u).word() || doc.get(u).is("&"))) {
			Token token = doc.get(u);
			if (token.capitalized() && !SpeechVerbs.isSpeechVerb(token.lower())) {
				u++;
			}
			else if (INSIDE_NAMES.contains(token.lower()) && u + 1 < n && doc.get(u + 1).capitalized()
					&& !doc.boundaryBefore(u + 1)) {
				u++;
			}
			else {
				break;
			}
		}
		return u;
	}

	private static boolean modifier(DocumentTokens doc, int u) {
		Token token = doc.get(u);
		return token.word() && !token.capitalized() && !NameLexicon.PREPOSITIONS.contains(token.lower())
				&& !DETERMINERS.contains(token.lower()) && !NOT_MODIFIERS.contains(token.lower())
				&& !SpeechVerbs.isSpeechVerb(token.lower());
	}

}
