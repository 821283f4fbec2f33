package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.RoleWords.VERBS;
import static app.quarry.generation.extract.people.RoleWords.roleWordNearStart;

/**
 * A role with no article between the speech verb and the name that closes the sentence:
 * "..., said Brixton Capital chief strategist, Jane Roe.", "said chief investment officer
 * at Acme Asset Management, Tom Hale." The speech verb opens the phrase and the full stop
 * closes it, so the words set off before the name can be nothing but what she is.
 */
final class RolesAfterSpeechVerb {

	private static final int MAX_ROLE_TOKENS = 10;

	private RolesAfterSpeechVerb() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int comma = name.phraseStartToken - 1;
		if (comma < 2 || !doc.get(comma).is(",") || doc.boundaryBefore(name.phraseStartToken)
				|| !endsSentence(doc, name.endToken)) {
			return;
		}
		int from = comma;
		while (from > 0 && !doc.boundaryBefore(from) && comma - from <= MAX_ROLE_TOKENS) {
			Token token = doc.get(from - 1);
			if (SpeechVerbs.isSpeechVerb(token.lower()) && !token.capitalized()) {
				break;
			}
			if (!token.word() && !token.is("&")) {
				return;
			}
			from--;
		}
		if (from >= comma || from == 0 || doc.boundaryBefore(from)
				|| !SpeechVerbs.isSpeechVerb(doc.get(from - 1).lower())
				|| RoleWords.ARTICLES.contains(doc.get(from).lower()) || !readsAsRole(doc, from, comma)) {
			return;
		}
		name.role = doc.span(from, comma);
	}

	/**
	 * The name is the sentence's last words: a full stop or the paragraph's end follows.
	 */
	private static boolean endsSentence(DocumentTokens doc, int after) {
		return after >= doc.size() || doc.boundaryBefore(after)
				|| doc.get(after).is(".") && (after + 1 >= doc.size() || doc.boundaryBefore(after + 1));
	}

	/**
	 * A role noun near the start, before any preposition ("chief investment officer at
	 * Acme", not "in Paris on Monday"), and no verb: words that describe someone, not a
	 * clause or a list of other people.
	 */
	private static boolean readsAsRole(DocumentTokens doc, int from, int comma) {
		if (!roleWordNearStart(doc, from, comma)) {
			return false;
		}
		boolean head = false;
		for (int t = from; t < comma; t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (!token.capitalized() && (SpeechVerbs.isSpeechVerb(lower) || VERBS.contains(lower)
					|| lower.endsWith("ed") || !head && NameLexicon.PREPOSITIONS.contains(lower))) {
				return false;
			}
			head |= NameLexicon.isRoleNoun(lower);
		}
		return head;
	}

}
