package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A plural noun for a kind of person right before a list of names after "like" or "such
 * as", the phrase the object of a preposition: "joined by celebrity guests like Jane Roe
 * and Tom Hale" makes each "a celebrity guest". After a preposition the plural cannot be
 * a subject, so "like" there compares and is no verb ("fans like Jane Roe's films");
 * "such as" is never a verb, so it may follow the object of a past verb as well.
 */
final class KindsBeforeListedNames {

	/** Prepositions that take a noun phrase and leave no verb to "like". */
	private static final Set<String> OPENERS = NameLexicon.words("by", "with", "among", "from", "for", "featuring",
			"against");

	/** People who come to an event, no post: "guests like", "speakers such as". */
	private static final Set<String> ATTENDEES = NameLexicon.words("guest", "celebrity", "star", "visitor", "performer",
			"speaker", "panelist", "panellist", "headliner", "presenter");

	private static final int MAX_MODIFIERS = 2;

	private KindsBeforeListedNames() {
	}

	/**
	 * The role of each name listed after the word at {@code opener} ("like", or "such" of
	 * "such as"), or null when no plural kind after a preposition stands right before it.
	 */
	static String role(DocumentTokens doc, int opener) {
		int head = opener - 1;
		if (head < 2 || doc.boundaryBefore(opener) || doc.boundaryBefore(head)) {
			return null;
		}
		String singular = singular(doc.get(head));
		if (singular == null) {
			return null;
		}
		int first = head;
		while (first - 1 > 0 && head - first < MAX_MODIFIERS && !doc.boundaryBefore(first)
				&& modifier(doc.get(first - 1))) {
			first--;
		}
		Token before = doc.get(first - 1);
		// "welcomed guests such as": "such as" is no verb, so the object of a past verb
		// does too
		boolean pastVerb = doc.get(opener).lower().equals("such") && before.lower().endsWith("ed")
				&& before.lower().length() > 4;
		if (doc.boundaryBefore(first) || !OPENERS.contains(before.lower()) && !pastVerb || before.capitalized()) {
			return null;
		}
		String phrase = (first < head ? doc.span(first, head) + " " : "") + singular;
		return ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
	}

	private static String singular(Token token) {
		String lower = token.lower();
		if (!token.word() || token.capitalized() || lower.length() < 5 || !lower.endsWith("s")
				|| lower.endsWith("ss")) {
			return null;
		}
		String stem = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
				: lower.substring(0, lower.length() - 1);
		return ATTENDEES.contains(stem) || NameLexicon.isRoleNoun(stem) || AgentNouns.isAgent(stem) ? stem : null;
	}

	/** "celebrity" in "celebrity guests": a lower-case word no clause needs. */
	private static boolean modifier(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !OPENERS.contains(lower)
				&& !RoleWords.VERBS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower) && !lower.endsWith("ly")
				&& !lower.endsWith("ed") && !lower.endsWith("ing") && !NameFinder.isPossessiveMark(token);
	}

}
