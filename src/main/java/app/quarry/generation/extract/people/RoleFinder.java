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
			"that", "and", "or", "but", "while", "as", "when", "where", "because", "although", "along", "together",
			"alongside", "unlike", "like", "with", "without", "after", "before", "including", "not", "also", "too",
			"both", "then", "however", "meanwhile", "in", "on", "at", "for", "from", "by", "to", "of", "whereas");

	private static final int MAX_APPOSITION_TOKENS = 30;

	private static final int MAX_ROLE_BEFORE_TOKENS = 14;

	private static final int MAX_COPULAR_ROLE_TOKENS = 16;

	private static final Set<String> COPULAS = NameLexicon.words("is", "was", "became");

	private static final Set<String> SERVED = NameLexicon.words("served", "serves", "serving");

	private static final Set<String> AUXILIARIES = NameLexicon.words("has", "had", "have");

	private static final Set<String> ALIAS_ADVERBS = NameLexicon.words("commonly", "also", "better", "popularly",
			"widely", "often", "simply");

	private static final int MAX_ALIAS_TOKENS = 10;

	/** Honours and degrees written after a name: "OBE", "QC", "MP". */
	private static final java.util.regex.Pattern POSTNOMINAL = java.util.regex.Pattern.compile("\\p{Lu}{2,4}");

	/** Words that end the role a copula gives: a relative clause, another clause. */
	private static final Set<String> COPULAR_ROLE_ENDS = NameLexicon.words("who", "whom", "whose", "which", "that",
			"but", "when", "where", "while", "because", "since", "until", "after", "before", "during", "from",
			"between", "until", "as", "with");

	private static final Set<String> TRAILING_FUNCTION_WORDS = NameLexicon.words("and", "or", "of", "the", "a", "an",
			"to", "for", "at", "on", "by");

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	private static final Set<String> CORPORATE = NameLexicon.words("inc", "corp", "ltd", "co", "plc");

	private static final Set<String> RELATIONS = NameLexicon.words("successor", "predecessor", "rival", "opponent",
			"challenger");

	private static final Set<String> KIN = NameLexicon.words("son", "daughter", "wife", "husband", "brother", "sister",
			"father", "mother", "grandson", "granddaughter", "nephew", "niece", "widow", "widower");

	private static final Set<String> OWNER_DETERMINERS = NameLexicon.words("his", "her");

	private static final Set<String> INDEFINITE = NameLexicon.words("a", "an");

	private static final Set<String> PAST_ADVERBS = NameLexicon.words("formerly", "previously", "once");

	/**
	 * "X, who heads Y,": the verb of a relative clause that gives a role, and the role's
	 * noun.
	 */
	private static final java.util.Map<String, String> ROLE_VERBS = java.util.Map.ofEntries(
			java.util.Map.entry("heads", "head"), java.util.Map.entry("headed", "former head"),
			java.util.Map.entry("leads", "leader"), java.util.Map.entry("chairs", "chair"),
			java.util.Map.entry("runs", "head"), java.util.Map.entry("directs", "director"),
			java.util.Map.entry("founded", "founder"), java.util.Map.entry("co-founded", "co-founder"),
			java.util.Map.entry("owns", "owner"), java.util.Map.entry("manages", "manager"),
			java.util.Map.entry("represents", "representative"), java.util.Map.entry("edits", "editor"),
			java.util.Map.entry("coaches", "coach"), java.util.Map.entry("captains", "captain"));

	/** Verbs without an -ed ending that may stand right before a title and its name. */
	private static final Set<String> VERBS = NameLexicon.words("met", "told", "said", "saw", "took", "made", "gave",
			"led", "left", "sent", "won", "beat", "hit", "let", "put", "set", "chose", "became", "become", "is", "was",
			"are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
			"should", "did", "does", "do", "got", "get", "thank", "meet", "tell", "ask", "call", "name", "hire", "fire",
			"appoint", "elect", "replace", "succeed", "join", "see", "hear", "heard", "lost", "beat", "sued", "sue",
			"urge", "urged", "like", "than", "whom", "who", "whose", "not", "never", "also");

	private RoleFinder() {
	}

	static void findRole(DocumentTokens doc, Mention name) {
		int start = name.firstToken;
		int t = name.firstToken - 1;
		int lowerNouns = 0;
		while (t >= 0 && !doc.boundaryBefore(t + 1)) {
			if (prefixWord(doc, t, name.firstToken)) {
				t--;
			}
			else if (lowerNouns < 2 && t + 1 < name.firstToken && qualifier(doc, t) && qualifiesLowerRole(doc, t + 1)) {
				// "US bank chief Ben Bernanke", "German economy minister Rainer
				// Bruederle"
				lowerNouns++;
				t--;
			}
			else {
				break;
			}
		}
		start = t + 1;
		while (start < name.firstToken && LINKS.contains(doc.get(start).lower())) {
			start++;
		}
		if (start < name.firstToken && doc.get(start).text().equals("the")) {
			// "[Special Asst. to] the Secretary and Director ...": the title began before
			// a
			// break the text was split at, and what is left of it would be another title
			start = name.firstToken;
		}
		if (start < name.firstToken && containsRoleWord(doc, start, name.firstToken)) {
			name.phraseStartToken = start;
			String role = doc.span(start, name.firstToken);
			if (!onlyHonorifics(doc, start, name.firstToken)) {
				name.role = role;
			}
		}
		if (name.role == null) {
			findOwnedRoleBefore(doc, name);
		}
		if (name.role == null) {
			findRoleBefore(doc, name);
		}
		if (!name.possessive) {
			findApposition(doc, name);
		}
		if (name.role == null && !name.possessive) {
			findCopularRole(doc, name);
		}
		if (name.role == null && !name.possessive) {
			NameList.findRole(doc, name);
		}
	}

	/**
	 * The role a biography opens with: "Jane Roe (1801–1870) was a Scottish botanist",
	 * "Jane Roe is the chair of the Riverside Trust". Only where the name opens its
	 * sentence, so that the person is the one the verb describes.
	 */
	static void findCopularRole(DocumentTokens doc, Mention name) {
		if (doc.boundaryBefore(name.phraseStartToken) || doc.boundaryBefore(name.firstToken)) {
			findCopularRoleOfSubject(doc, name);
		}
	}

	/**
	 * The role a copula gives a mention known to be its clause's subject ("From 1991 to
	 * 1999, she was the prosecutor in ...").
	 */
	static void findCopularRoleOfSubject(DocumentTokens doc, Mention name) {
		if (name.role != null) {
			return;
		}
		int t = name.endToken;
		while (t < doc.size() && !doc.boundaryBefore(t) && POSTNOMINAL.matcher(doc.get(t).text()).matches()) {
			// "Jane Roe OBE (1801–1870) was"
			t++;
		}
		int afterName = t;
		t = skipParenthesis(doc, t);
		// "Jane Roe (1801–1870) was a potter": what a biography says its subject was is a
		// role whatever the noun
		boolean lifeSpan = t > afterName && yearIn(doc, afterName, t);
		t = skipAlias(doc, t);
		if (t + 1 < doc.size() && AUXILIARIES.contains(doc.get(t).lower()) && !doc.boundaryBefore(t + 1)) {
			t++;
		}
		// "Jane Roe served as mayor of Leeds": the role needs no article
		boolean servedAs = t + 2 < doc.size() && SERVED.contains(doc.get(t).lower())
				&& doc.get(t + 1).lower().equals("as") && !doc.boundaryBefore(t + 2);
		if (!servedAs && (t + 2 >= doc.size() || doc.boundaryBefore(t) || !COPULAS.contains(doc.get(t).lower())
				|| !ARTICLES.contains(doc.get(t + 1).lower()))) {
			return;
		}
		int first = servedAs ? t + 2 : t + 1;
		int roleFrom = servedAs && !ARTICLES.contains(doc.get(first).lower()) ? first : first + 1;
		int end = first + 1;
		while (end < doc.size() && !doc.boundaryBefore(end) && end - first < MAX_COPULAR_ROLE_TOKENS) {
			Token token = doc.get(end);
			if (token.is("(")) {
				int closed = skipParenthesis(doc, end);
				if (closed == end) {
					break;
				}
				end = closed;
				continue;
			}
			String lower = token.lower();
			boolean inAYear = lower.equals("in") && end + 1 < doc.size()
					&& Character.isDigit(doc.get(end + 1).text().charAt(0));
			if (!token.word() && !token.is("&") || inAYear || COPULAR_ROLE_ENDS.contains(lower)
					|| SpeechVerbs.isSpeechVerb(lower) || (lower.equals("and") || lower.equals("or"))
							&& end + 1 < doc.size() && ARTICLES.contains(doc.get(end + 1).lower())) {
				break;
			}
			end++;
		}
		while (end > first + 1 && TRAILING_FUNCTION_WORDS.contains(doc.get(end - 1).lower())) {
			end--;
		}
		if (end - roleFrom < 1 || end - first >= MAX_COPULAR_ROLE_TOKENS
				|| !roleWordNearStart(doc, roleFrom, end) && !lifeSpan) {
			return;
		}
		for (int i = roleFrom; i < end; i++) {
			if (VERBS.contains(doc.get(i).lower())) {
				return;
			}
		}
		name.role = doc.span(first, end);
	}

	/**
	 * The token after ", commonly known as Alexander the Great," that follows a name, or
	 * {@code t}.
	 */
	private static int skipAlias(DocumentTokens doc, int t) {
		int known = t + 1;
		if (known < doc.size() && ALIAS_ADVERBS.contains(doc.get(known).lower())) {
			known++;
		}
		if (t >= doc.size() || !doc.get(t).is(",") || known + 1 >= doc.size() || !doc.get(known).lower().equals("known")
				|| !doc.get(known + 1).lower().equals("as")) {
			return t;
		}
		for (int i = known + 2; i < doc.size() && i - known < MAX_ALIAS_TOKENS; i++) {
			if (doc.boundaryBefore(i)) {
				return t;
			}
			if (doc.get(i).is(",")) {
				return i + 1;
			}
		}
		return t;
	}

	private static boolean yearIn(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			String text = doc.get(t).text();
			if (text.length() >= 3 && text.length() <= 4 && text.chars().allMatch(Character::isDigit)) {
				return true;
			}
		}
		return false;
	}

	/** The token after a parenthesis that opens at {@code t}, or {@code t}. */
	private static int skipParenthesis(DocumentTokens doc, int t) {
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

	/**
	 * A role set off by a comma before the name: "An aerospace analyst, Richard
	 * Aboulafia, said", "said the general secretary of the union, Tony Woodley".
	 */
	private static void findRoleBefore(DocumentTokens doc, Mention name) {
		int comma = name.phraseStartToken - 1;
		if (comma < 1 || !doc.get(comma).is(",") || doc.boundaryBefore(name.phraseStartToken)) {
			return;
		}
		int from = comma;
		while (from > 0 && !doc.boundaryBefore(from) && comma - from < MAX_ROLE_BEFORE_TOKENS) {
			Token token = doc.get(from - 1);
			if (!token.word() && !token.is("&") || SpeechVerbs.isSpeechVerb(token.lower())) {
				break;
			}
			from--;
		}
		boolean opensClause = doc.boundaryBefore(from) || SpeechVerbs.isSpeechVerb(doc.get(from - 1).lower());
		if (from < comma && (!opensClause || !ARTICLES.contains(doc.get(from).lower())) && closedAfter(doc, name)) {
			// "prompted by the influential county president, Lord Hawke,": the phrase
			// after a preposition, the name set off by commas on both sides
			int object = from;
			while (object < comma && !(ARTICLES.contains(doc.get(object).lower()) && object > 0
					&& NameLexicon.PREPOSITIONS.contains(doc.get(object - 1).lower()))) {
				object++;
			}
			from = object;
			opensClause = from < comma;
		}
		if (from >= comma || !opensClause || !ARTICLES.contains(doc.get(from).lower())
				|| !roleWordNearStart(doc, from + 1, comma)) {
			return;
		}
		for (int t = from + 1; t < comma; t++) {
			if (SpeechVerbs.isSpeechVerb(doc.get(t).lower()) || VERBS.contains(doc.get(t).lower())) {
				return;
			}
		}
		String role = doc.span(from, comma);
		name.role = Character.toLowerCase(role.charAt(0)) + role.substring(1);
	}

	/**
	 * A role a possessive owns, set off by a comma before the name: "promising to
	 * prosecute his predecessor, Gloria Roe," is the predecessor of the man "his" stands
	 * for, whom the reading of the document puts in front of the role.
	 */
	private static void findOwnedRoleBefore(DocumentTokens doc, Mention name) {
		int comma = name.phraseStartToken - 1;
		if (comma < 2 || !doc.get(comma).is(",") || doc.boundaryBefore(name.phraseStartToken)
				|| !closedAfter(doc, name)) {
			return;
		}
		int owner = comma - 1;
		while (owner >= 0 && comma - owner <= 3 && !doc.boundaryBefore(owner + 1)
				&& !OWNER_DETERMINERS.contains(doc.get(owner).lower())
				&& !INDEFINITE.contains(doc.get(owner).lower())) {
			Token token = doc.get(owner);
			if (!token.word() || token.capitalized() || VERBS.contains(token.lower())
					|| NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				return;
			}
			owner--;
		}
		if (owner >= 0 && owner + 1 == comma - 1 && INDEFINITE.contains(doc.get(owner).lower())
				&& KIN.contains(doc.get(comma - 1).lower())) {
			// "Jane Roe leaves behind a son, Mark Roe": a relative of the sentence's
			// subject
			int subject = owner;
			while (subject > 0 && !doc.boundaryBefore(subject)) {
				subject--;
			}
			name.role = doc.get(comma - 1).lower();
			name.ownerToken = subject;
			return;
		}
		if (owner < 0 || owner + 1 >= comma || !OWNER_DETERMINERS.contains(doc.get(owner).lower())
				|| !NameLexicon.isRoleNoun(doc.get(comma - 1).lower())) {
			return;
		}
		name.role = doc.span(owner + 1, comma);
		name.ownerToken = owner;
	}

	/** The name is followed by a comma or ends its sentence. */
	private static boolean closedAfter(DocumentTokens doc, Mention name) {
		int after = name.endToken;
		return after >= doc.size() || doc.boundaryBefore(after) || doc.get(after).is(",") || doc.get(after).is(".");
	}

	private static boolean prefixWord(DocumentTokens doc, int t, int nameFirst) {
		Token token = doc.get(t);
		if (!token.word()) {
			// "Procter & Gamble spokeswoman Jennifer Chelune"
			return token.is("&") && t > 0 && doc.get(t - 1).capitalized() && t + 1 < doc.size()
					&& doc.get(t + 1).capitalized();
		}
		String lower = token.lower();
		if (token.capitalized()) {
			return !NameLexicon.FUNCTION_WORDS.contains(lower) || MODIFIERS.contains(lower);
		}
		if (lower.equals("and")) {
			// "Apple CEO and co-founder Steve Jobs"
			return t > 0 && t + 1 < doc.size() && NameLexicon.isRoleNoun(doc.get(t - 1).lower())
					&& (NameLexicon.isRoleNoun(doc.get(t + 1).lower()) || MODIFIERS.contains(doc.get(t + 1).lower()));
		}
		if (LINKS.contains(lower)) {
			// "Secretary of State Jane Doe", "chief investment officer at Fort Pitt
			// Capital
			// Group Charlie Smith"
			// "a successor to Major Jane Roe" is not hers: a relation to the name
			// holds no title of it
			boolean titleBefore = t > 0 && (doc.get(t - 1).capitalized()
					|| NameLexicon.isRoleNoun(doc.get(t - 1).lower()) && organisationBetween(doc, t + 1, nameFirst)
							&& !RELATIONS.contains(doc.get(t - 1).lower()));
			return titleBefore && t + 1 < doc.size() && (doc.get(t + 1).capitalized()
					|| doc.get(t + 1).lower().equals("the") && t + 2 < doc.size() && doc.get(t + 2).capitalized());
		}
		if (lower.equals("the")) {
			// "Secretary of the Air Force James Roche"
			return t > 0 && LINKS.contains(doc.get(t - 1).lower()) && t + 1 < doc.size()
					&& doc.get(t + 1).capitalized();
		}
		return NameLexicon.isRoleNoun(lower) || NameLexicon.TITLES.contains(lower) || MODIFIERS.contains(lower);
	}

	/**
	 * A lower-case word that qualifies the role after it ("bank" in "bank chief",
	 * "automotive" in "automotive analyst"), not a verb or a function word that ends the
	 * phrase ("said", "met", "the").
	 */
	private static boolean qualifier(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		String lower = token.lower();
		if (!token.word() || token.capitalized() || lower.length() < 3 || NameLexicon.FUNCTION_WORDS.contains(lower)
				|| NameLexicon.PREPOSITIONS.contains(lower) || LINKS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
				|| VERBS.contains(lower) || lower.endsWith("ed") || lower.endsWith("ly") || lower.endsWith("ing")
				|| !Character.isLetter(lower.charAt(0))) {
			return false;
		}
		boolean plural = lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("ics")
				&& !lower.endsWith("ions") && !lower.endsWith("us");
		return !plural;
	}

	private static boolean qualifiesLowerRole(DocumentTokens doc, int next) {
		Token token = doc.get(next);
		String lower = token.lower();
		return token.word() && !token.capitalized() && !LINKS.contains(lower) && !lower.equals("the");
	}

	private static void findApposition(DocumentTokens doc, Mention name) {
		int comma = name.endToken;
		// "Jane Roe an equity strategist at Acme, said": a sentence's subject whose
		// apposition lost the comma before it, the one after it kept
		boolean unmarked = comma + 1 < doc.size() && INDEFINITE.contains(doc.get(comma).lower())
				&& !doc.boundaryBefore(comma) && doc.boundaryBefore(name.phraseStartToken);
		if (unmarked) {
			comma--;
		}
		else if (comma + 1 >= doc.size() || !doc.get(comma).is(",") || doc.boundaryBefore(comma + 1)) {
			return;
		}
		int first = comma + 1;
		String past = "";
		if (first + 2 < doc.size() && PAST_ADVERBS.contains(doc.get(first).lower())
				&& INDEFINITE.contains(doc.get(first + 1).lower()) && !doc.boundaryBefore(first + 1)) {
			// "Jane Roe, formerly an Acme executive," is a former Acme executive
			past = "former ";
			first += 2;
		}
		Token opener = doc.get(first);
		if (opener.lower().equals("who") && first + 2 < doc.size()
				&& ROLE_VERBS.containsKey(doc.get(first + 1).lower())) {
			findRoleClause(doc, name, first);
			return;
		}
		if (!opener.word() || APPOSITION_OPENERS_REJECTED.contains(opener.lower())
				|| SpeechVerbs.isSpeechVerb(opener.lower())
				|| opener.nameLike() && isNameStart(doc, first) && past.isEmpty() || clauseOpener(opener)) {
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
			else if (depth <= 0 && !token.word() && ",;.:—–”\"".contains(token.text())
					&& !(token.is(".") && CORPORATE.contains(doc.get(end - 1).lower()))) {
				// "an Apple Inc. executive": the stop of a company's suffix goes on
				break;
			}
			else if (end > first && SpeechVerbs.isSpeechVerb(token.lower())) {
				// "Ralph Crosby, EADS's North America CEO, commented": the apposition
				// ends
				// where the clause's verb begins
				break;
			}
			end++;
		}
		if (end == first || end - first >= MAX_APPOSITION_TOKENS || !roleWordNearStart(doc, first, end)
				|| opener.capitalized() && !possessive(doc, first + 1) && !capitalizedUpToRoleWord(doc, first, end)
				|| unmarked && (end >= doc.size() || !doc.get(end).is(","))) {
			return;
		}
		name.appositionEndToken = end;
		String apposition = past + doc.span(first, end);
		name.role = name.role == null ? apposition : name.role;
		name.appositionRole = apposition;
	}

	/**
	 * "X, was a king" or "X, overwhelming them" goes on with the sentence's verb or a
	 * participle clause: what follows is not a description of X.
	 */
	private static boolean clauseOpener(Token opener) {
		String lower = opener.lower();
		return VERBS.contains(lower) || COPULAS.contains(lower)
				|| lower.endsWith("ing") && !opener.capitalized() && !MODIFIERS.contains(lower);
	}

	/**
	 * "Jane Smith, who heads the Riverside Trust," gives "head of the Riverside Trust".
	 */
	private static void findRoleClause(DocumentTokens doc, Mention name, int who) {
		int object = who + 2;
		int end = object;
		while (end < doc.size() && end - object < MAX_APPOSITION_TOKENS && !doc.boundaryBefore(end)
				&& (doc.get(end).word() || doc.get(end).is("&"))) {
			end++;
		}
		boolean closed = end < doc.size() && !doc.boundaryBefore(end) && doc.get(end).is(",") || end >= doc.size()
				|| doc.boundaryBefore(end) || doc.get(end).is(".");
		if (end == object || !closed || !doc.get(object).word()) {
			return;
		}
		for (int t = object; t < end; t++) {
			if (SpeechVerbs.isSpeechVerb(doc.get(t).lower()) || VERBS.contains(doc.get(t).lower())) {
				return;
			}
		}
		String role = ROLE_VERBS.get(doc.get(who + 1).lower()) + " of " + doc.span(object, end);
		name.appositionEndToken = end;
		name.role = name.role == null ? role : name.role;
		name.appositionRole = role;
	}

	/**
	 * Capitalized words that are not the name stand between the link and the name: "at
	 * Fort Pitt Capital Group" before "Charlie Smith", not "at" right before the name.
	 */
	private static boolean organisationBetween(DocumentTokens doc, int from, int nameFirst) {
		if (from < doc.size() && doc.get(from).lower().equals("the")) {
			from++;
		}
		if (from >= nameFirst) {
			return false;
		}
		for (int t = from; t < nameFirst; t++) {
			if (!doc.get(t).capitalized() && !doc.get(t).is("&")) {
				return false;
			}
		}
		return true;
	}

	/** "Apple's senior vice president": an organisation's role. */
	private static boolean possessive(DocumentTokens doc, int t) {
		return t < doc.size() && NameFinder.isPossessiveMark(doc.get(t));
	}

	private static boolean isNameStart(DocumentTokens doc, int t) {
		return t + 1 < doc.size() && doc.get(t + 1).nameLike() && !NameLexicon.NOT_NAMES.contains(doc.get(t).lower());
	}

	private static boolean roleWordNearStart(DocumentTokens doc, int first, int end) {
		boolean oneOf = first + 1 < doc.size() && doc.get(first).lower().equals("one")
				&& doc.get(first + 1).lower().equals("of");
		for (int t = first; t < Math.min(end, first + (oneOf ? 9 : 6)); t++) {
			String lower = doc.get(t).lower();
			if (NameLexicon.isRoleNoun(lower) || oneOfMany(doc, first, lower)) {
				return true;
			}
			if (SpeechVerbs.isSpeechVerb(lower)) {
				return false;
			}
		}
		return false;
	}

	/** "one of the side's leading professionals": a role in the plural after "one of". */
	private static boolean oneOfMany(DocumentTokens doc, int first, String lower) {
		return first + 1 < doc.size() && doc.get(first).lower().equals("one") && doc.get(first + 1).lower().equals("of")
				&& lower.length() > 3 && lower.endsWith("s")
				&& NameLexicon.isRoleNoun(lower.substring(0, lower.length() - 1));
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
			if (!token.capitalized() && !NameFinder.isPossessiveMark(token)) {
				return false;
			}
		}
		return false;
	}

	private static boolean containsRoleWord(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			String lower = doc.get(t).lower();
			// "the DR Congo": an honorific in capitals is an abbreviation of something
			// else
			boolean capitals = lower.length() == 2
					&& doc.get(t).text().equals(lower.toUpperCase(java.util.Locale.ROOT));
			if (NameLexicon.isRoleNoun(lower) || NameLexicon.TITLES.contains(lower) && !capitals) {
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
