package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.VERBS;

/**
 * A title written in lower case before a name: a role with what it heads ("head of
 * state", "spokesman for the ministry") or with a word that qualifies it ("bank chief",
 * "automotive analyst").
 */
final class LowerCaseTitles {

	/**
	 * People a name is related to: "successor to Major Jane Roe" holds no title of hers.
	 */
	static final Set<String> RELATIONS = NameLexicon.words("successor", "predecessor", "rival", "opponent",
			"challenger", "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "uncle",
			"aunt", "cousin", "nephew", "niece", "widow", "widower", "grandson", "granddaughter");

	private static final Set<String> FOR_OR_OF = NameLexicon.words("for", "of");

	/** Nouns of time: after "the" they end a time phrase ("later in the year"). */
	private static final Set<String> TIME_NOUNS = NameLexicon.words("year", "month", "week", "day", "night", "morning",
			"afternoon", "evening", "season", "summer", "winter", "spring", "autumn", "decade", "century", "weekend");

	/** Determiners that make a time noun a time phrase: "later in the year". */
	private static final Set<String> TIME_DETERMINERS = NameLexicon.words("the", "this", "that", "last", "next", "each",
			"every");

	/** Adjectives saying how far a body reaches, which open the body's name. */
	private static final Set<String> SCOPES = NameLexicon.words("regional", "local", "provincial", "municipal",
			"federal", "national", "international", "global", "central", "northern", "southern", "eastern", "western");

	private LowerCaseTitles() {
	}

	/**
	 * "head of state", "chief of staff" ending at {@code t}: a role noun, "of" and a
	 * lower-case noun; a relation ("son of farmer Jane Roe") heads nothing.
	 */
	static int roleOfNoun(DocumentTokens doc, int t) {
		// "spokesman for the ministry": the article and "for" stand between role and noun
		boolean article = t >= 3 && doc.get(t - 1).is("the") && !doc.boundaryBefore(t - 1)
				&& FOR_OR_OF.contains(doc.get(t - 2).lower());
		int link = article ? t - 2 : t - 1;
		if (link < 1 || !doc.get(link).is("of") && !article || doc.boundaryBefore(t) || doc.boundaryBefore(link)) {
			return -1;
		}
		Token headed = doc.get(t);
		String lower = headed.lower();
		// "state" may be a verb elsewhere; here, after "of", it can only be a noun
		boolean noun = headed.word() && !headed.capitalized() && lower.length() >= 3
				&& Character.isLetter(lower.charAt(0)) && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !lower.endsWith("ing") && !lower.endsWith("ed")
				&& !lower.endsWith("ly") && !(lower.endsWith("s") && !lower.endsWith("ss"));
		if (article && SCOPES.contains(lower)) {
			// "head of the regional Harbour Board": after the article an adjective of
			// scope opens the body's name; it heads nothing
			return -1;
		}
		Token roleToken = doc.get(link - 1);
		String role = roleToken.lower();
		// "Secretary of state Jane Roe" at a sentence's start is capitalized only there
		boolean lowerRole = !roleToken.capitalized() || doc.boundaryBefore(link - 1);
		return noun && NameLexicon.isRoleNoun(role) && !RELATIONS.contains(role) && lowerRole ? link - 1 : -1;
	}

	/**
	 * A lower-case word that qualifies the role after it ("bank" in "bank chief",
	 * "automotive" in "automotive analyst"), not a verb or a function word that ends the
	 * phrase ("said", "met", "the").
	 */
	static boolean qualifier(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		String lower = token.lower();
		if (!token.word() || token.capitalized() || lower.length() < 3 || NameLexicon.FUNCTION_WORDS.contains(lower)
				|| NameLexicon.PREPOSITIONS.contains(lower) || TitlesBeforeNames.LINKS.contains(lower)
				|| SpeechVerbs.isSpeechVerb(lower) || VERBS.contains(lower) || lower.endsWith("ed")
				|| lower.endsWith("ly") || lower.endsWith("ing") || !Character.isLetter(lower.charAt(0))) {
			return false;
		}
		if (TIME_NOUNS.contains(lower) && t > 0 && !doc.boundaryBefore(t)
				&& TIME_DETERMINERS.contains(doc.get(t - 1).lower())) {
			// "later in the year swimmer Jane Roe": the year says when, not what kind
			return false;
		}
		boolean plural = lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("ics")
				&& !lower.endsWith("ions") && !lower.endsWith("us");
		return !plural;
	}

	/**
	 * "operating" in "chief operating officer", "managing" in "senior managing editor": a
	 * word in -ing right before the role noun that names the kind of role, when what
	 * stands before it qualifies it too or opens the phrase. After a preposition or a
	 * verb it is a verb of its own ("after meeting director Jane Roe") and no part of the
	 * title.
	 */
	static boolean participleOfRole(DocumentTokens doc, int t, int titleEnd) {
		Token token = doc.get(t);
		String lower = token.lower();
		if (t + 2 != titleEnd || t < 1 || doc.boundaryBefore(t) || !token.word() || token.capitalized()
				|| !lower.endsWith("ing") || lower.length() < 6 || !NameLexicon.isRoleNoun(doc.get(t + 1).lower())) {
			return false;
		}
		// the word before must itself belong to a title: "chief", "Chief" opening the
		// sentence, "senior"
		Token before = doc.get(t - 1);
		String previous = before.lower();
		return before.word() && (NameLexicon.isRoleNoun(previous) || TITLE_QUALIFIERS.contains(previous))
				&& !NameLexicon.FUNCTION_WORDS.contains(previous) && !NameLexicon.PREPOSITIONS.contains(previous);
	}

	/** Words that rank a role: "chief operating officer", "senior managing editor". */
	private static final Set<String> TITLE_QUALIFIERS = NameLexicon.words("chief", "senior", "junior", "deputy",
			"assistant", "associate", "executive", "general", "principal", "joint", "co");

	static boolean qualifiesLowerRole(DocumentTokens doc, int next) {
		Token token = doc.get(next);
		String lower = token.lower();
		return token.word() && !token.capitalized() && !TitlesBeforeNames.LINKS.contains(lower) && !lower.equals("the");
	}

}
