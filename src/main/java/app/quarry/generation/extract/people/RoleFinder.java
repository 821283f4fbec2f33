package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Reads the role a document gives a named person: a title before the name ("US President
 * Donald Trump", "National Security Office chief Chung Eui-yong", "U.S. Ambassador to
 * South Korea Joseph Yun") or an apposition after it ("Kim Yo Jong, the influential
 * sister of North Korean leader Kim Jong Un,").
 */
final class RoleFinder {

	private static final Set<String> MODIFIERS = NameLexicon.words("former", "top", "senior", "acting", "deputy",
			"vice", "chief", "then", "late", "outgoing", "incoming", "current", "supreme", "special", "foreign",
			"defense", "defence", "national", "prime", "first", "de", "facto");

	private static final Set<String> LINKS = NameLexicon.words("of", "to", "for", "at");

	private static final Set<String> APPOSITION_OPENERS_REJECTED = NameLexicon.words("who", "whom", "whose", "which",
			"that", "and", "or", "but", "while", "as", "when", "where", "because", "although");

	private static final int MAX_APPOSITION_TOKENS = 30;

	private RoleFinder() {
	}

	static void findRole(DocumentTokens doc, Mention name) {
		int start = name.firstToken;
		int t = name.firstToken - 1;
		while (t >= 0 && !doc.boundaryBefore(t + 1) && prefixWord(doc, t)) {
			t--;
		}
		start = t + 1;
		while (start < name.firstToken && LINKS.contains(doc.get(start).lower())) {
			start++;
		}
		if (start < name.firstToken && containsRoleWord(doc, start, name.firstToken)) {
			name.phraseStartToken = start;
			String role = doc.span(start, name.firstToken);
			if (!onlyHonorifics(doc, start, name.firstToken)) {
				name.role = role;
			}
		}
		if (!name.possessive) {
			findApposition(doc, name);
		}
	}

	private static boolean prefixWord(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		if (!token.word()) {
			return false;
		}
		String lower = token.lower();
		if (token.capitalized()) {
			return !NameLexicon.FUNCTION_WORDS.contains(lower) || MODIFIERS.contains(lower);
		}
		if (LINKS.contains(lower)) {
			return t > 0 && doc.get(t - 1).capitalized() && t + 1 < doc.size() && doc.get(t + 1).capitalized();
		}
		return NameLexicon.isRoleNoun(lower) || NameLexicon.TITLES.contains(lower) || MODIFIERS.contains(lower);
	}

	private static void findApposition(DocumentTokens doc, Mention name) {
		int comma = name.endToken;
		if (comma + 1 >= doc.size() || !doc.get(comma).is(",") || doc.boundaryBefore(comma + 1)) {
			return;
		}
		int first = comma + 1;
		Token opener = doc.get(first);
		if (!opener.word() || APPOSITION_OPENERS_REJECTED.contains(opener.lower())
				|| SpeechVerbs.isSpeechVerb(opener.lower()) || opener.nameLike() && isNameStart(doc, first)) {
			return;
		}
		int end = first;
		int depth = 0;
		while (end < doc.size() && end - first < MAX_APPOSITION_TOKENS && (end == first || !doc.boundaryBefore(end))) {
			Token token = doc.get(end);
			if (token.is("(")) {
				depth++;
			}
			else if (token.is(")")) {
				depth--;
			}
			else if (depth <= 0 && !token.word() && ",;.:—–”\"".contains(token.text())) {
				break;
			}
			end++;
		}
		if (end == first || end - first >= MAX_APPOSITION_TOKENS || !roleWordNearStart(doc, first, end)
				|| opener.capitalized() && !capitalizedUpToRoleWord(doc, first, end)) {
			return;
		}
		name.appositionEndToken = end;
		String apposition = doc.span(first, end);
		name.role = name.role == null ? apposition : name.role;
		name.appositionRole = apposition;
	}

	private static boolean isNameStart(DocumentTokens doc, int t) {
		return t + 1 < doc.size() && doc.get(t + 1).nameLike() && !NameLexicon.NOT_NAMES.contains(doc.get(t).lower());
	}

	private static boolean roleWordNearStart(DocumentTokens doc, int first, int end) {
		for (int t = first; t < Math.min(end, first + 6); t++) {
			String lower = doc.get(t).lower();
			if (NameLexicon.isRoleNoun(lower)) {
				return true;
			}
			if (SpeechVerbs.isSpeechVerb(lower)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "Washington correspondent" is a role; "Chung voiced optimism about President ..."
	 * is not.
	 */
	private static boolean capitalizedUpToRoleWord(DocumentTokens doc, int first, int end) {
		for (int t = first; t < end; t++) {
			Token token = doc.get(t);
			if (NameLexicon.isRoleNoun(token.lower())) {
				return true;
			}
			if (!token.capitalized()) {
				return false;
			}
		}
		return false;
	}

	private static boolean containsRoleWord(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			String lower = doc.get(t).lower();
			if (NameLexicon.isRoleNoun(lower) || NameLexicon.TITLES.contains(lower)) {
				return true;
			}
		}
		return false;
	}

	private static boolean onlyHonorifics(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			if (!NameLexicon.HONORIFICS.contains(doc.get(t).lower())) {
				return false;
			}
		}
		return true;
	}

}
