package app.quarry.generation.extract.people;

/**
 * "The paper attacked senior defectors from the party including Jane Roe and Tom Doe": a
 * plural of doers that is the object of a past-tense verb takes in the names listed after
 * "including", each of them one of those doers ("a senior defector from the party").
 */
final class PluralObjectsIncluding {

	private static final int MAX_ADJECTIVES = 2;

	private static final int MAX_PHRASE_TOKENS = 8;

	private PluralObjectsIncluding() {
	}

	/**
	 * The role of each name after "including" at {@code including} (with no comma before
	 * it), or null when the words before it are no plural object of a verb.
	 */
	static String role(DocumentTokens doc, int including) {
		int verb = including - 1;
		while (verb > 0 && !doc.boundaryBefore(verb + 1) && including - verb <= MAX_PHRASE_TOKENS
				&& !pastVerb(doc.get(verb))) {
			verb--;
		}
		if (!pastVerb(doc.get(verb)) || doc.boundaryBefore(verb + 1) || verb + 1 >= including) {
			return null;
		}
		int head = verb + 1;
		while (head < including && head - verb <= MAX_ADJECTIVES && adjective(doc.get(head))) {
			head++;
		}
		if (head >= including || !doc.get(head).word() || doc.get(head).capitalized()) {
			return null;
		}
		String lower = doc.get(head).lower();
		if (lower.length() < 6 || !lower.endsWith("s")) {
			return null;
		}
		String stem = lower.substring(0, lower.length() - 1);
		if (!NameLexicon.isRoleNoun(stem) && !AgentNouns.isAgent(stem)) {
			return null;
		}
		for (int t = head + 1; t < including; t++) {
			Token token = doc.get(t);
			if (!token.word() || RoleWords.VERBS.contains(token.lower()) || SpeechVerbs.isSpeechVerb(token.lower())
					|| SubjectActs.pronoun(token.lower())) {
				return null;
			}
		}
		String before = head > verb + 1 ? doc.span(verb + 1, head) + " " : "";
		String rest = head + 1 < including ? " " + doc.span(head + 1, including) : "";
		String phrase = before + stem + rest;
		return ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
	}

	private static boolean pastVerb(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && lower.length() > 4 && lower.endsWith("ed");
	}

	/** "senior", "high-ranking", "former": a lower-case word before the plural. */
	private static boolean adjective(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && (lower.contains("-") || RoleWords.MODIFIERS.contains(lower)
				|| lower.endsWith("ing") || lower.endsWith("ed") || lower.endsWith("al"));
	}

}
