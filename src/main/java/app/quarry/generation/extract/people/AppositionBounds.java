package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Where an apposition after a name really ends: not at a noun that could be a speech verb
 * ("Castro's point man"), not inside the relative clause a speech verb cut ("a defense
 * attorney who says ..."), and not at all where the phrase is one item of a list of
 * people ("Jane Roe, the boy's stepmother, his half-brother, ... and ...").
 */
final class AppositionBounds {

	private static final Set<String> RELATIVES = NameLexicon.words("who", "whom", "which", "that");

	private static final Set<String> AUXILIARIES = NameLexicon.words("is", "was", "are", "were", "has", "had", "have",
			"been");

	/** Words that open the next item of a list of people. */
	private static final Set<String> ITEM_OPENERS = NameLexicon.words("his", "her", "their", "its", "a", "an", "the",
			"two", "three", "four", "five", "several", "some");

	private static final int MAX_ITEM_TOKENS = 6;

	private AppositionBounds() {
	}

	/**
	 * "the voice of Captain Comet in Comet: The Lost Orbit": a colon between capitalized
	 * words inside the phrase joins a title to its subtitle and ends nothing.
	 */
	static boolean subtitleColon(DocumentTokens doc, int t) {
		return doc.get(t).is(":") && t > 0 && t + 2 < doc.size() && doc.get(t - 1).capitalized()
				&& doc.get(t + 1).capitalized() && doc.get(t + 2).capitalized() && !doc.boundaryBefore(t + 1);
	}

	/**
	 * True when the word at {@code t}, a speech verb by its spelling, is a noun here:
	 * after a possessive or an article ("Castro's point man", "the whisper campaign").
	 */
	static boolean speechWordAsNoun(DocumentTokens doc, int t) {
		return t > 0
				&& (NameFinder.isPossessiveMark(doc.get(t - 1)) || RoleWords.ARTICLES.contains(doc.get(t - 1).lower()))
				|| modifiesRoleNoun(doc, t);
	}

	/**
	 * "state councilor", "state senator": a speech verb's spelling right before a role
	 * noun, in the same case, qualifies that noun.
	 */
	static boolean modifiesRoleNoun(DocumentTokens doc, int t) {
		return t + 1 < doc.size() && !doc.boundaryBefore(t + 1) && doc.get(t + 1).word()
				&& doc.get(t).capitalized() == doc.get(t + 1).capitalized()
				&& NameLexicon.isRoleNoun(doc.get(t + 1).lower());
	}

	/**
	 * The end of the role inside an apposition that runs from {@code first} to
	 * {@code end}: "who" or "who is" left at its end by a speech verb that cut the
	 * relative clause ("the exiled millionaire who is accused of ...") is cut off.
	 */
	static int roleEnd(DocumentTokens doc, int first, int end) {
		int roleEnd = end;
		if (roleEnd - 2 > first && AUXILIARIES.contains(doc.get(roleEnd - 1).lower())
				&& RELATIVES.contains(doc.get(roleEnd - 2).lower())) {
			roleEnd--;
		}
		while (roleEnd - 1 > first && RELATIVES.contains(doc.get(roleEnd - 1).lower())) {
			roleEnd--;
		}
		return roleEnd;
	}

	/**
	 * True when the comma at {@code comma} that closed the apposition is followed by
	 * another short phrase of the same kind and another comma: the name and the phrase
	 * are items of a list ("Jane Roe, the boy's stepmother, his baby half-brother, a
	 * dozen classmates and ..."), not a person and her role.
	 */
	static boolean listItem(DocumentTokens doc, int comma) {
		int next = comma + 1;
		if (comma >= doc.size() || !doc.get(comma).is(",") || next >= doc.size() || doc.boundaryBefore(next)
				|| !ITEM_OPENERS.contains(doc.get(next).lower())) {
			return false;
		}
		for (int t = next + 1; t < doc.size() && t - next <= MAX_ITEM_TOKENS && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (token.is(",")) {
				return listGoesOn(doc, t + 1);
			}
			if (!token.word() && !token.is("-") || RoleWords.VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
					|| NameLexicon.FUNCTION_WORDS.contains(lower) && !lower.equals("and")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * True when "and" follows soon, before any verb: "a dozen classmates and some
	 * adults", not "publisher of Acme News, a trade newsletter, said".
	 */
	private static boolean listGoesOn(DocumentTokens doc, int from) {
		for (int t = from; t < doc.size() && t - from <= MAX_ITEM_TOKENS && !doc.boundaryBefore(t); t++) {
			String lower = doc.get(t).lower();
			if (lower.equals("and")) {
				return true;
			}
			if (RoleWords.VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Verbs that make a sentence of what they follow, unless a relative word opens it.
	 */
	private static final Set<String> MODALS = NameLexicon.words("will", "would", "could", "can", "did", "does");

	private static final Set<String> OBJECT_PRONOUNS = NameLexicon.words("him", "her", "them", "me", "us");

	/**
	 * "the boy's father was angry", "an anti-war lawmaker subpoenaed him": words after a
	 * comma that hold a finite verb of their own (no "who" or "which" before it), or end
	 * with an object pronoun, are a clause, not a description of the name before them.
	 */
	static boolean holdsClause(DocumentTokens doc, int first, int end) {
		for (int t = first + 1; t < end; t++) {
			String lower = doc.get(t).lower();
			if (RELATIVES.contains(lower) || lower.equals("whose")) {
				return false;
			}
			if (AUXILIARIES.contains(lower) && !lower.equals("been") || MODALS.contains(lower)
					|| t == end - 1 && OBJECT_PRONOUNS.contains(lower)) {
				return true;
			}
		}
		return false;
	}

}
