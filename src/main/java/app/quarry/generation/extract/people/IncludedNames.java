package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Names a plural phrase of people takes in: "Supporters of the school, including Jane Roe
 * and Ann Doe, said ..." makes each "a supporter of the school", as "Residents such as
 * Jane Roe" makes her "a resident".
 */
final class IncludedNames {

	/** Nouns for the sides people take that are no post: "supporters of the plan". */
	private static final Set<String> SIDES = NameLexicon.words("supporter", "opponent", "critic", "backer", "defender",
			"advocate", "proponent", "foe", "ally", "follower", "neighbor", "neighbour", "colleague", "friend",
			"relative", "admirer", "detractor", "protester", "protestor", "volunteer", "donor", "customer", "client",
			"patient", "student", "teacher", "parent", "voter", "shareholder", "fan");

	/** Words that may stand before the plural: "Many supporters", "Other residents". */
	private static final Set<String> QUANTIFIERS = NameLexicon.words("the", "some", "many", "several", "other", "local",
			"most", "two", "three", "four", "five", "dozens", "hundreds", "of");

	private static final int MAX_PHRASE_TOKENS = 10;

	private IncludedNames() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int start = NameList.listStart(doc, name.firstToken);
		int opener = start - 1;
		if (opener < 2 || doc.boundaryBefore(start)) {
			return;
		}
		int comma = opener;
		boolean like = doc.get(opener).lower().equals("like");
		if (doc.get(opener).lower().equals("as") && doc.get(opener - 1).lower().equals("such")) {
			comma = opener - 1;
		}
		else if (!doc.get(opener).lower().equals("including") && !like) {
			return;
		}
		int openerStart = comma;
		// "Residents such as Jane Roe" needs no comma; "Supporters, including Jane Roe,"
		// has one: the phrase ends before either
		if (doc.get(comma - 1).is(",")) {
			comma--;
		}
		if (comma < 1 || doc.boundaryBefore(comma)) {
			return;
		}
		int end = NameList.listEnd(doc, start);
		// the list ends the phrase, or the verb of the sentence follows it
		boolean closed = end >= doc.size() || doc.boundaryBefore(end) || doc.get(end).is(",") || doc.get(end).is(".")
				|| doc.get(end).word() && !doc.get(end).capitalized() && !NameFinder.isPossessiveMark(doc.get(end));
		if (end < name.endToken || !closed) {
			return;
		}
		String role = like ? null : comma == opener ? PluralObjectsIncluding.role(doc, opener) : null;
		role = role == null && !like ? phraseBefore(doc, comma) : role;
		role = role == null && comma == openerStart ? KindsBeforeListedNames.role(doc, openerStart) : role;
		if (role != null) {
			name.role = role;
		}
	}

	/**
	 * "Supporters of the school" opening the sentence before the comma: "a supporter of
	 * the school"; null when the words are no such phrase.
	 */
	private static String phraseBefore(DocumentTokens doc, int comma) {
		int first = comma - 1;
		while (first > 0 && !doc.boundaryBefore(first) && comma - first < MAX_PHRASE_TOKENS
				&& !opensPhrase(doc.get(first - 1))) {
			first--;
		}
		// the phrase opens the sentence or follows a comma, as a spoken report strings
		// its clauses together ("the split was plain, supporters of the plan, including
		// ...")
		if (!doc.boundaryBefore(first) && !opensPhrase(doc.get(first - 1))) {
			return null;
		}
		int head = first;
		while (head < comma && QUANTIFIERS.contains(doc.get(head).lower()) && head - first < 2) {
			head++;
		}
		String singular = head < comma ? singular(doc, head) : null;
		if (singular == null) {
			return null;
		}
		for (int t = head + 1; t < comma; t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (!token.word() && !token.is("'s") && !token.is("’s") && !token.is("-") || RoleWords.VERBS.contains(lower)
					|| SpeechVerbs.isSpeechVerb(lower) || SubjectActs.pronoun(lower)) {
				return null;
			}
		}
		String rest = head + 1 < comma ? " " + doc.span(head + 1, comma) : "";
		return ("aeiou".indexOf(singular.charAt(0)) >= 0 ? "an " : "a ") + singular + rest;
	}

	private static boolean opensPhrase(Token token) {
		return token.is(",") || token.is(";") || token.is(":");
	}

	/**
	 * "supporters" is "supporter", as "Lawmakers" opening a sentence is "lawmaker"; null
	 * for a word that names no kind of person.
	 */
	private static String singular(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		String role = SharedRoles.singular(token);
		String lower = token.lower();
		if (role != null || !token.word() || lower.length() < 4 || !lower.endsWith("s")
				|| token.capitalized() && !doc.boundaryBefore(t)) {
			return role;
		}
		String stem = lower.substring(0, lower.length() - 1);
		return SIDES.contains(stem) || NameLexicon.isRoleNoun(stem) ? stem : null;
	}

}
