package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The words and tests the role shapes share: which words are verbs that end a role, which
 * are articles, and whether a phrase has a role noun near its start.
 */
final class RoleWords {

	static final Set<String> MODIFIERS = NameLexicon.words("former", "top", "senior", "acting", "deputy", "vice",
			"chief", "then", "late", "outgoing", "incoming", "current", "supreme", "special", "foreign", "defense",
			"defence", "national", "prime", "first", "de", "facto");

	static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	static final Set<String> INDEFINITE = NameLexicon.words("a", "an");

	static final Set<String> COPULAS = NameLexicon.words("is", "was", "became");

	static final int MAX_APPOSITION_TOKENS = 30;

	/**
	 * Words after an owner's name that may reach its role noun: "foreign affairs
	 * spokesman".
	 */
	private static final int OWNED_ROLE_WORDS = 4;

	/** Verbs without an -ed ending that may stand right before a title and its name. */
	static final Set<String> VERBS = NameLexicon.words("met", "told", "said", "saw", "took", "made", "gave", "led",
			"left", "sent", "won", "beat", "hit", "let", "put", "set", "chose", "became", "become", "is", "was", "are",
			"were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
			"should", "did", "does", "do", "got", "get", "thank", "meet", "tell", "ask", "call", "name", "hire", "fire",
			"appoint", "elect", "replace", "succeed", "join", "see", "hear", "heard", "lost", "beat", "sued", "sue",
			"urge", "urged", "like", "than", "whom", "who", "whose", "not", "never", "also");

	private RoleWords() {
	}

	/**
	 * A role noun among the first words of a phrase ("the chief engineer of ..."), or
	 * among a few more after "one of".
	 */
	static boolean roleWordNearStart(DocumentTokens doc, int first, int end) {
		boolean oneOf = oneOf(doc, first);
		int window = first + (oneOf ? 9 : 6);
		for (int t = first; t < Math.min(end, window); t++) {
			String lower = doc.get(t).lower();
			if (t > first && (NameFinder.isPossessiveMark(doc.get(t)) && doc.get(t - 1).capitalized()
					|| StatedPlaces.pluralPossessive(doc, t)
					|| OwnersNamedWithTheirKind.possessiveAfterKind(doc, t - 1) == t)) {
				// "the Green Farmers' rural transport officer": the owner's name is
				// one determiner however many words it has, and the role's own words
				// are counted from after it
				window = Math.max(window, t + 1 + OWNED_ROLE_WORDS);
				continue;
			}
			// "a Calder Prize-winner": a doer joined to what made them one; "the voice
			// of Captain Comet": the actor who speaks a part
			if (NameLexicon.isRoleNoun(lower) || NameLexicon.DESCRIBING_NOUNS.contains(lower)
					|| SportingPositions.afterTeam(doc, t) || AwardTitles.heads(doc, t) || oneOfMany(doc, first, lower)
					|| HyphenedDescriptors.is(doc.get(t).text()) || voiceOf(doc, t, end)) {
				return true;
			}
			// "the State Department spokesperson": a capitalised word inside the
			// phrase is part of a body's name, not the clause's verb
			if (SpeechVerbs.isSpeechVerb(lower) && !AppositionBounds.modifiesRoleNoun(doc, t)
					&& !(t > first && doc.get(t).capitalized())) {
				return false;
			}
		}
		return false;
	}

	/** "the voice of Captain Comet": the part an actor speaks, a role of the person. */
	private static boolean voiceOf(DocumentTokens doc, int t, int end) {
		return doc.get(t).lower().equals("voice") && t + 2 < end && doc.get(t + 1).lower().equals("of")
				&& doc.get(t + 2).capitalized();
	}

	/** "one of the side's leading professionals": a role in the plural after "one of". */
	private static boolean oneOfMany(DocumentTokens doc, int first, String lower) {
		if (!oneOf(doc, first) || lower.length() <= 3 || !lower.endsWith("s")) {
			return false;
		}
		// "one of about 100 exiles who formed a human chain": one of a group the
		// describing noun names
		String singular = lower.substring(0, lower.length() - 1);
		return NameLexicon.isRoleNoun(singular) || NameLexicon.DESCRIBING_NOUNS.contains(singular);
	}

	/**
	 * "one of", or "another of" ("another of Mara's great-uncles"), which says the same
	 * of the person it describes: one of several.
	 */
	static boolean oneOf(DocumentTokens doc, int first) {
		if (first + 1 >= doc.size() || !doc.get(first + 1).lower().equals("of") || doc.boundaryBefore(first + 1)) {
			return false;
		}
		String lower = doc.get(first).lower();
		return lower.equals("one") || lower.equals("another");
	}

	private static final Set<String> CORPORATE = NameLexicon.words("inc", "corp", "ltd", "co", "plc");

	/** The full stop of "Apple Inc.", which belongs to the company's name. */
	static boolean corporateStop(DocumentTokens doc, int t) {
		return t > 0 && doc.get(t).is(".") && CORPORATE.contains(doc.get(t - 1).lower())
				&& doc.get(t - 1).capitalized();
	}

	private static final int MAX_OWNER_WORDS = 4;

	/**
	 * The first token of the name that owns what follows the possessive mark at
	 * {@code mark} ("Halvard" in "Halvard's campaign manager"), or -1 when no capitalized
	 * name stands before the mark.
	 */
	static int nameOwningAt(DocumentTokens doc, int mark) {
		if (mark < 1 || !NameFinder.isPossessiveMark(doc.get(mark)) || doc.boundaryBefore(mark)) {
			return -1;
		}
		int stop = mark;
		if (mark > 1 && OrganisationWords.withAbbreviationPeriod(doc, mark - 1) == mark) {
			stop = mark - 1; // "Quist Inc.'s": the period closes the company's suffix
		}
		int start = stop;
		// "Omar al-Tarik's son", "Jan de Vries's wife": a surname's lower-case article or
		// particle belongs to the owner's name
		while (start > 0 && stop - start < MAX_OWNER_WORDS && doc.get(start - 1).word()
				&& (doc.get(start - 1).capitalized() || start >= 2 && (SurnameParticles.articledSurname(doc, start - 1)
						|| SurnameParticles.particleInName(doc, start - 1)))
				&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(start - 1).lower()) && !doc.boundaryBefore(start)) {
			start--;
		}
		if (start > 0 && start < stop && doc.get(start - 1).capitalized() && doc.boundaryBefore(start)
				&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(start - 1).lower())) {
			start--; // the name opens its sentence
		}
		return start < stop ? start : -1;
	}

	/** The name is followed by a comma or ends its sentence. */
	static boolean closedAfter(DocumentTokens doc, Mention name) {
		int after = name.endToken;
		return after >= doc.size() || doc.boundaryBefore(after) || doc.get(after).is(",") || doc.get(after).is(".");
	}

	/** The token after a parenthesis that opens at {@code t}, or {@code t}. */
	static int skipParenthesis(DocumentTokens doc, int t) {
		if (t >= doc.size() || !doc.get(t).is("(")) {
			return t;
		}
		int depth = 0;
		for (int i = t; i < doc.size() && i - t < MAX_APPOSITION_TOKENS; i++) {
			if (doc.get(i).is("(")) {
				depth++;
			}
			else if (doc.get(i).is(")") && --depth == 0) {
				return i + 1;
			}
		}
		return t;
	}

}
