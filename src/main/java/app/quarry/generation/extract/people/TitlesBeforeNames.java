package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.MODIFIERS;
import static app.quarry.generation.extract.people.RoleWords.corporateStop;

/**
 * A title written right before a name: "US President Donald Trump", "National Security
 * Office chief Chung Eui-yong", "U.S. Ambassador to South Korea Joseph Yun", "Canadian
 * bank chief Laura Pike".
 */
final class TitlesBeforeNames {

	static final Set<String> LINKS = NameLexicon.words("of", "to", "for", "at");

	private static final Set<String> QUANTIFIERS = NameLexicon.words("both", "all", "each", "every", "either",
			"neither", "many", "most", "some", "several", "few", "two", "three");

	/** Words that say a title is only charged or reported. */
	private static final Set<String> HEDGES = NameLexicon.words("alleged", "accused", "suspected", "reputed",
			"purported", "self-styled", "convicted");

	/** Courtesy titles that belong to the name after a post: "Chief Executive Sir". */
	private static final Set<String> COURTESY = NameLexicon.words("sir", "dame", "mr.", "mrs.", "ms.", "mr", "mrs",
			"ms");

	private static final Set<String> DOCTOR = NameLexicon.words("dr.", "dr");

	private TitlesBeforeNames() {
	}

	static void find(DocumentTokens doc, Mention name, Mention previous) {
		if (BracketedTitles.titleBefore(doc, name)) {
			return;
		}
		int aged = AgedDescriptions.start(doc, name.firstToken);
		if (aged >= 0) {
			name.phraseStartToken = aged;
			name.role = doc.span(aged, name.firstToken);
			return;
		}
		int start = name.firstToken;
		// "Secretary Do- Donna Roe": a speaker's false start, kept in a transcript,
		// stands between the title and the name
		int titleEnd = falseStartOf(doc, name.firstToken) ? name.firstToken - 2 : name.firstToken;
		int t = titleEnd - 1;
		int lowerNouns = 0;
		// "Bishop Jane Roe of the Archdiocese of Leeds": the words after another
		// person's name and a link are about that person, no title of this name
		int floor = previous != null && previous.multiWordName() && previous.endToken < name.firstToken
				&& LINKS.contains(doc.get(previous.endToken).lower()) ? previous.endToken + 1 : 0;
		while (t >= floor && !doc.boundaryBefore(t + 1)) {
			if (prefixWord(doc, t, titleEnd)) {
				t--;
			}
			else if (andInsideDepartment(doc, t, titleEnd, previous)) {
				// "Health and Human Services Secretary Jane Roe": the department's name
				// holds the "and"
				t--;
			}
			else if (commaInsideDepartment(doc, t, titleEnd)) {
				// "Industry, Trade and Finance Minister Jane Roe": a list of portfolios
				// without the comma before its "and"
				t--;
			}
			else if (t + 1 == titleEnd && BracketedTitles.spelledOutBefore(doc, t) > 0) {
				// "Liberal MP (Member of Parliament) Jane Roe": the bracket spells out
				// the short title before it, and the title goes on before that
				t = BracketedTitles.spelledOutBefore(doc, t) - 1;
			}
			else if (BracketedTitles.acronymAt(doc, t)) {
				// "Director of the Federal Bureau of Investigation (FBI) Jane Roe": the
				// short name of the body belongs to the title
				t -= 3;
			}
			else if (lowerNouns < 2 && t + 1 < titleEnd && LowerCaseTitles.qualifier(doc, t)
					&& LowerCaseTitles.qualifiesLowerRole(doc, t + 1)) {
				// "US bank chief Ben Bernanke", "German economy minister Rainer
				// Bruederle"
				lowerNouns++;
				t--;
			}
			else if (LowerCaseTitles.participleOfRole(doc, t, titleEnd)) {
				// "chief operating officer Jane Roe", "Chief operating officer Jane Roe
				// said" at a sentence's start: the -ing word says which officer
				t--;
			}
			else if (t + 1 == titleEnd && LowerCaseTitles.roleOfNoun(doc, t) >= 0) {
				// "head of state Jane Roe", "chief of staff John Roe", "spokesman for the
				// ministry John Roe": a role and what it heads, all in lower case
				t = LowerCaseTitles.roleOfNoun(doc, t) - 1;
			}
			else if (HEDGES.contains(doc.get(t).lower()) && roleNounBetween(doc, t + 1, titleEnd)) {
				// "alleged terrorist mastermind Jane Roe": the hedge is part of what the
				// text says she is
				t--;
				break;
			}
			else {
				break;
			}
		}
		start = OpeningPhrases.titleStart(doc, t + 1, titleEnd);
		while (start < titleEnd && LINKS.contains(doc.get(start).lower())) {
			start++;
		}
		if (start < titleEnd && doc.boundaryBefore(start) && SpeechVerbs.isSpeechVerb(doc.get(start).lower())
				&& !SpeechVerbs.isParticiple(doc.get(start).lower())) {
			// "Replied port spokesman Tom Roe, “…”": the verb opening the sentence hands
			// the words over, it is no part of the title
			start++;
		}
		if (start < titleEnd && doc.get(start).text().equals("the") && officeOfPlace(doc, start + 1, titleEnd)) {
			// "a letter to the Prime Minister of Westria Jane Roe": a whole office and
			// the
			// place it is of stand between the article and the name
			start++;
		}
		if (start < titleEnd && doc.get(start).text().equals("the")) {
			// "[Special Asst. to] the Secretary and Director ...": the title began before
			// a break the text was split at, and what is left of it would be another
			// title
			start = titleEnd;
		}
		if (start < titleEnd && (containsRoleWord(doc, start, titleEnd) || personNounLast(doc, start, titleEnd)
				|| AgentsBeforeNames.at(doc, titleEnd - 1)
				|| start == titleEnd - 1 && qualifiedPersonNoun(doc, start))) {
			// "Halvard's campaign manager Matt Roe": the role is the owner's
			int owner = NameLexicon.isRoleNoun(doc.get(start).lower()) || !doc.get(start).capitalized()
					? RoleWords.nameOwningAt(doc, start - 1) : -1;
			start = owner >= 0 ? owner : start;
			name.phraseStartToken = start;
			// "Chairman and Chief Executive Sir Jane Roe": the courtesy title is the
			// name's, not part of the post
			int end = titleEnd;
			while (end - 1 > start && COURTESY.contains(doc.get(end - 1).lower())) {
				end--;
			}
			String role = singularBeforeList(doc, doc.span(start, end), end, name);
			if (!onlyHonorifics(doc, start, titleEnd)) {
				name.role = role;
			}
			else if (DOCTOR.contains(doc.get(titleEnd - 1).lower())) {
				// "Dr. Jane Roe" says what she is when nothing else does; "Mr." says
				// nothing
				name.doctorTitle = "Dr.";
			}
		}
	}

	/**
	 * "former Acme Secretaries-General Jane Roe and Tom Lowe": a title in the plural
	 * before a list of names is each one's in the singular.
	 */
	private static String singularBeforeList(DocumentTokens doc, String role, int end, Mention name) {
		Token last = doc.get(end - 1);
		int after = name.endToken;
		boolean listed = after + 1 < doc.size() && !doc.boundaryBefore(after)
				&& (doc.get(after).lower().equals("and") || doc.get(after).is(",")) && doc.get(after + 1).capitalized();
		String singular = listed && last.word() ? NameList.singularRole(last.lower()) : null;
		if (singular == null || !role.endsWith(last.text())) {
			return role;
		}
		StringBuilder written = new StringBuilder(singular);
		// keep the capitals the text gave each part: "Secretaries-General" is
		// "Secretary-General"
		for (int i = 0; i < written.length(); i++) {
			boolean partStart = i == 0 || written.charAt(i - 1) == '-';
			int at = i == 0 ? 0 : last.text().indexOf('-') + 1;
			if (partStart && at < last.text().length() && Character.isUpperCase(last.text().charAt(at))) {
				written.setCharAt(i, Character.toUpperCase(written.charAt(i)));
			}
		}
		return role.substring(0, role.length() - last.text().length()) + written;
	}

	private static boolean prefixWord(DocumentTokens doc, int t, int nameFirst) {
		Token token = doc.get(t);
		if (!token.word()) {
			// "Procter & Gamble spokeswoman Jennifer Chelune", "officer of Apple Inc.
			// Steve Jobs"
			return corporateStop(doc, t) || token.is("&") && t > 0 && doc.get(t - 1).capitalized() && t + 1 < doc.size()
					&& doc.get(t + 1).capitalized();
		}
		String lower = token.lower();
		if (token.capitalized()) {
			// "Both Senator Roe and ...": a word that counts the people opens no title
			// "Dear Mr. Roe": a letter's greeting is no title
			// "On Monday secretary of state Jane Roe": the day says when, not who
			return !NameLexicon.FUNCTION_WORDS.contains(lower) && !QUANTIFIERS.contains(lower) && !lower.equals("dear")
					&& !NameRunBreaks.weekday(token) || MODIFIERS.contains(lower);
		}
		if (lower.equals("and")) {
			// "Apple CEO and co-founder Steve Jobs"
			return t > 0 && t + 1 < doc.size() && NameLexicon.isRoleNoun(doc.get(t - 1).lower())
					&& (NameLexicon.isRoleNoun(doc.get(t + 1).lower()) || MODIFIERS.contains(doc.get(t + 1).lower())
							|| CoordinatedTitles.qualifiedPost(doc, t + 1, nameFirst));
		}
		if (LINKS.contains(lower)) {
			// "Secretary of State Jane Doe", "chief investment officer at Fort Pitt
			// Capital Group Charlie Smith"; "a successor to Major Jane Roe" is not hers:
			// a
			// relation to the name holds no title of it
			boolean titleBefore = t > 0 && (doc.get(t - 1).capitalized() && !countsPeople(doc.get(t - 1))
					|| NameLexicon.isRoleNoun(doc.get(t - 1).lower()) && organisationBetween(doc, t + 1, nameFirst)
							&& !LowerCaseTitles.RELATIONS.contains(doc.get(t - 1).lower()));
			return titleBefore && t + 1 < doc.size() && (doc.get(t + 1).capitalized()
					|| doc.get(t + 1).lower().equals("the") && t + 2 < doc.size() && doc.get(t + 2).capitalized());
		}
		if (lower.equals("the")) {
			// "Secretary of the Air Force James Roche"
			return t > 0 && LINKS.contains(doc.get(t - 1).lower()) && t + 1 < doc.size()
					&& doc.get(t + 1).capitalized();
		}
		return NameLexicon.isRoleNoun(lower) || NameLexicon.TITLES.contains(lower) || MODIFIERS.contains(lower)
				|| t + 1 == nameFirst && (PersonNounLexicon.contains(lower) || qualifiedPersonNoun(doc, t)
						|| AgentsBeforeNames.at(doc, t));
	}

	/**
	 * "Acme State guard Jane Roe", "a Harvard graduate Jane Roe", "former model Jane
	 * Roe": a noun that is a person only once qualified is one after a capitalised owner
	 * or a word like "former".
	 */
	private static boolean qualifiedPersonNoun(DocumentTokens doc, int t) {
		if (!PersonNounLexicon.qualifiedOnly(doc.get(t).lower()) || t == 0 || doc.boundaryBefore(t)) {
			return false;
		}
		Token before = doc.get(t - 1);
		// "Acme's forward Jane Roe": an owner qualifies the noun as a capital does
		return before.word() && (before.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(before.lower())
				|| MODIFIERS.contains(before.lower()) || NameFinder.isPossessiveMark(before));
	}

	/**
	 * "Acme boss Jane Roe", "cancer patient John Roe": a lower-case noun for a kind of
	 * person, no title, ends the words before the name, with more than itself before it.
	 */
	private static boolean personNounLast(DocumentTokens doc, int start, int titleEnd) {
		Token last = doc.get(titleEnd - 1);
		return start < titleEnd - 1 && last.word() && !last.capitalized()
				&& (PersonNounLexicon.contains(last.lower()) || qualifiedPersonNoun(doc, titleEnd - 1));
	}

	/**
	 * "One of President Roe's sons", "Each of Senator Roe's aides": a word that counts
	 * people before "of" is no title the name holds.
	 */
	private static boolean countsPeople(Token token) {
		return QUANTIFIERS.contains(token.lower()) || token.lower().equals("one") || token.lower().equals("none");
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
			if (!doc.get(t).capitalized() && !doc.get(t).is("&") && !corporateStop(doc, t)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "and" after a portfolio, inside a department's name with the title after it:
	 * "Housing and Urban Development Secretary". Not when it joins two people, a name
	 * ending before it or a title after it ("Senator Roe and Governor Jane Doe"), nor
	 * after a word that may be a name ("Roe and Health Secretary Jane Doe").
	 */
	private static boolean andInsideDepartment(DocumentTokens doc, int t, int nameFirst, Mention previous) {
		if (t < 1 || t + 1 >= nameFirst || !doc.get(t).lower().equals("and")
				|| !roleNounBetween(doc, t + 2, nameFirst)) {
			return false;
		}
		Token before = doc.get(t - 1);
		Token after = doc.get(t + 1);
		// "Roe and Health Secretary" joins two people; "Ruritanian Economy and Finance
		// Minister" ends its first run on a portfolio
		if (previous != null && previous.endToken == t && !NameLexicon.PORTFOLIOS.contains(before.lower())) {
			return false;
		}
		if (before.word() && after.word() && (!before.capitalized() || doc.boundaryBefore(t - 1))
				&& !after.capitalized()) {
			// "economy and finance minister Jane Roe": two portfolios in lower case, the
			// first capitalized only where it opens the sentence
			return NameLexicon.PORTFOLIOS.contains(before.lower()) && NameLexicon.PORTFOLIOS.contains(after.lower());
		}
		return before.word() && after.word() && before.capitalized() && after.capitalized()
				&& NameLexicon.PORTFOLIOS.contains(before.lower()) && plainCapitalizedWord(after);
	}

	/**
	 * A comma between two capitalized portfolios, the list going on to "and" and a third:
	 * "Industry, Trade and Finance Minister".
	 */
	private static boolean commaInsideDepartment(DocumentTokens doc, int t, int nameFirst) {
		if (t < 1 || t + 4 > nameFirst || !doc.get(t).is(",")) {
			return false;
		}
		Token before = doc.get(t - 1);
		Token after = doc.get(t + 1);
		Token and = doc.get(t + 2);
		return before.capitalized() && after.capitalized() && NameLexicon.PORTFOLIOS.contains(before.lower())
				&& NameLexicon.PORTFOLIOS.contains(after.lower()) && and.lower().equals("and")
				&& doc.get(t + 3).capitalized() && NameLexicon.PORTFOLIOS.contains(doc.get(t + 3).lower())
				&& roleNounBetween(doc, t + 4, nameFirst);
	}

	private static boolean plainCapitalizedWord(Token token) {
		String lower = token.lower();
		return !NameLexicon.FUNCTION_WORDS.contains(lower) && !NameLexicon.isRoleNoun(lower)
				&& !NameLexicon.TITLES.contains(lower) && !COURTESY.contains(lower);
	}

	/**
	 * "Do- Donna": the first letters of the name's first word, a hyphen written right
	 * after them, and the word itself, as a transcript keeps a speaker's false start.
	 */
	private static boolean falseStartOf(DocumentTokens doc, int nameFirst) {
		if (nameFirst < 3 || doc.boundaryBefore(nameFirst) || doc.boundaryBefore(nameFirst - 1)) {
			return false;
		}
		Token cut = doc.get(nameFirst - 2);
		Token hyphen = doc.get(nameFirst - 1);
		String word = doc.get(nameFirst).text();
		return cut.word() && hyphen.is("-") && hyphen.start() == cut.end() && hyphen.end() < doc.get(nameFirst).start()
				&& cut.text().length() < word.length() && word.startsWith(cut.text());
	}

	private static boolean roleNounBetween(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			if (NameLexicon.isRoleNoun(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

	static boolean containsRoleWord(DocumentTokens doc, int from, int to) {
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

	/**
	 * "Prime Minister of Westria", "Governor of Westshire": capitalized title words, "of"
	 * and a capitalized place, from {@code from} to the name.
	 */
	private static boolean officeOfPlace(DocumentTokens doc, int from, int to) {
		int of = from;
		while (of < to && doc.get(of).word() && doc.get(of).capitalized()) {
			of++;
		}
		if (of == from || of + 1 >= to || !doc.get(of).is("of")
				|| !NameLexicon.TITLES.contains(doc.get(of - 1).lower())) {
			return false;
		}
		for (int t = of + 1; t < to; t++) {
			if (!doc.get(t).word() || !doc.get(t).capitalized()) {
				return false;
			}
		}
		return true;
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
