package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.RoleWords.VERBS;
import static app.quarry.generation.extract.people.RoleWords.roleWordNearStart;

/**
 * A role with no article between a verb of speech and the name it is set off from by a
 * comma: "said Brixton Capital chief strategist, Jane Roe." It is the title of "Brixton
 * Capital chief strategist Jane Roe" with a comma that style guides frown on and wire
 * copy keeps. The speech verb opens the phrase, so the capitals after it are the
 * employer's name and not a subject or an object ("Acme hired chief strategist, Jo
 * Lind"). Two readings, the narrow one first:
 * <ul>
 * <li>an employer's name and a short lower-case title ending in a role noun: the full
 * name after the comma must close there but the sentence may go on ("said Orlan chief
 * executive, Jo Lind, on Monday");</li>
 * <li>any words that read as a role, up to a preposition's phrase ("said chief investment
 * officer at Acme Asset Management, Tom Hale."), when the name closes the sentence, so
 * the words set off before it can be nothing but what she is.</li>
 * </ul>
 */
final class RolesAfterSpeechVerb {

	private static final int MAX_TITLE_WORDS = 4;

	private static final int MAX_EMPLOYER_TOKENS = 4;

	private static final int MAX_ROLE_TOKENS = 10;

	private RolesAfterSpeechVerb() {
	}

	static void find(DocumentTokens doc, Mention name) {
		findEmployerTitle(doc, name);
		if (name.role == null) {
			findRoleBeforeClosingName(doc, name);
		}
	}

	/** "said Grey Owl Trading chief market strategist, Jo Lind": employer, then title. */
	private static void findEmployerTitle(DocumentTokens doc, Mention name) {
		int comma = name.phraseStartToken - 1;
		if (comma < 3 || !doc.get(comma).is(",") || doc.boundaryBefore(name.phraseStartToken)
				|| !RoleWords.closedAfter(doc, name) || !name.multiWordName()) {
			return;
		}
		Token head = doc.get(comma - 1);
		if (!head.word() || head.capitalized() || !NameLexicon.isRoleNoun(head.lower())) {
			return;
		}
		int title = comma - 1;
		while (title > 0 && comma - title < MAX_TITLE_WORDS && !doc.boundaryBefore(title)
				&& titleWord(doc, title - 1)) {
			title--;
		}
		int employer = title;
		while (employer > 0 && title - employer < MAX_EMPLOYER_TOKENS && !doc.boundaryBefore(employer)
				&& employerWord(doc.get(employer - 1))) {
			employer--;
		}
		if (employer == title || employer == 0 || doc.boundaryBefore(employer)
				|| !SpeechVerbs.isSpeechVerb(doc.get(employer - 1).lower())) {
			return;
		}
		name.role = doc.span(employer, comma);
	}

	/** "chief", "market", "senior": a lower-case word of the title before its head. */
	private static boolean titleWord(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		return !token.capitalized() && (LowerCaseTitles.qualifier(doc, t) || NameLexicon.isRoleNoun(token.lower())
				|| RoleWords.MODIFIERS.contains(token.lower()));
	}

	/** A word of the employer's name: a capital, no function word, no date. */
	private static boolean employerWord(Token token) {
		String lower = token.lower();
		return token.word() && token.capitalized() && !NameFinder.isPossessiveMark(token)
				&& !NameLexicon.FUNCTION_WORDS.contains(lower) && !NameLexicon.PREPOSITIONS.contains(lower)
				&& !OrganisationWords.CALENDAR.contains(lower);
	}

	/** "said chief investment officer at Acme Asset Management, Tom Hale.": any role. */
	private static void findRoleBeforeClosingName(DocumentTokens doc, Mention name) {
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
