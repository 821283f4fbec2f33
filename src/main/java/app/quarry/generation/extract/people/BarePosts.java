package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A post named without an article after a copula: "Jane Roe is technology correspondent
 * for the Daily Planet", "Tom Lowe, who is Green Party Wales chairman, said". British
 * news writes a post this way, its head a role noun after a few words that say of what (a
 * subject, a place, a body) and no verb among them: "is growing concern" or "was helping
 * police officers" is no post.
 */
final class BarePosts {

	/**
	 * Words before the role noun at most: "senior claims officer", "Green Party Wales
	 * chairman".
	 */
	private static final int MAX_MODIFIER_WORDS = 3;

	/** What may follow the role noun of a post: what it is of or for, or its end. */
	private static final Set<String> AFTER_POST = NameLexicon.words("of", "for", "at", "on", "in", "with", "to", "and",
			",", ".", ";", ":", ")", "—", "–", "until", "since", "from", "between", "who", "when", "but");

	private BarePosts() {
	}

	/**
	 * True when the words from {@code first} name a post with no article: modifiers, then
	 * a role noun in the singular, in lower case, which ends the phrase or what it is of
	 * follows.
	 */
	static boolean opensAt(DocumentTokens doc, int first) {
		for (int t = first; t < doc.size() && t - first <= MAX_MODIFIER_WORDS; t++) {
			if (t > first && doc.boundaryBefore(t)) {
				return false;
			}
			Token token = doc.get(t);
			String lower = token.lower();
			if (t > first && !token.capitalized() && NameLexicon.isRoleNoun(lower) && (t + 1 >= doc.size()
					|| doc.boundaryBefore(t + 1) || AFTER_POST.contains(doc.get(t + 1).lower()))) {
				return true;
			}
			// "Acme chief economist": a role noun that another follows modifies it
			if (!modifier(doc, t)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * A word that may stand before a post's noun: a name ("Labour", "Acme"), a noun or an
	 * adjective, but no function word, verb, adverb or participle.
	 */
	private static boolean modifier(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		String lower = token.lower();
		if (!token.word() || NameLexicon.FUNCTION_WORDS.contains(lower) && !RoleWords.MODIFIERS.contains(lower)
				|| NameLexicon.PREPOSITIONS.contains(lower) || RoleWords.VERBS.contains(lower)
				|| SpeechVerbs.isSpeechVerb(lower) || Character.isDigit(lower.charAt(0))) {
			return false;
		}
		if (token.capitalized() || RoleWords.MODIFIERS.contains(lower)) {
			return true;
		}
		// "helping", "elected", "widely": a participle or an adverb makes a clause
		return !lower.endsWith("ing") && !lower.endsWith("ed") && !lower.endsWith("ly");
	}

}
