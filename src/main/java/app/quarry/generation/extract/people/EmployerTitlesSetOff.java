package app.quarry.generation.extract.people;

/**
 * A title led by its employer's name and set off by a comma before the name, with no
 * article: "said Grey Owl Trading chief market strategist, Jo Lind." It is the title of
 * "Grey Owl Trading chief market strategist Jo Lind" with a comma that style guides frown
 * on and wire copy keeps. The phrase must open right after a verb of speech, so that the
 * capitals are the employer's name and not a subject or an object ("Acme hired chief
 * strategist, Jo Lind"), and the name after the comma must close there.
 */
final class EmployerTitlesSetOff {

	private static final int MAX_TITLE_WORDS = 4;

	private static final int MAX_EMPLOYER_TOKENS = 4;

	private EmployerTitlesSetOff() {
	}

	static void find(DocumentTokens doc, Mention name) {
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

}
