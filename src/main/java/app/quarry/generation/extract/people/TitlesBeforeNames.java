package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.MODIFIERS;

/**
 * A title written right before a name: "US President Donald Trump", "National Security
 * Office chief Chung Eui-yong", "U.S. Ambassador to South Korea Joseph Yun", "Canadian
 * bank chief Laura Pike". How far back the title's words reach is read by
 * {@link TitleWordsBeforeNames}; this class trims the words found and gives the name its
 * role.
 */
final class TitlesBeforeNames {

	static final Set<String> LINKS = NameLexicon.words("of", "to", "for", "at");

	/** Courtesy titles that belong to the name after a post: "Chief Executive Sir". */
	static final Set<String> COURTESY = NameLexicon.words("sir", "dame", "mr.", "mrs.", "ms.", "mr", "mrs", "ms");

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
		// "Secretary Do- Donna Roe": a speaker's false start, kept in a transcript,
		// stands between the title and the name
		int titleEnd = falseStartOf(doc, name.firstToken) ? name.firstToken - 2 : name.firstToken;
		// "Bishop Jane Roe of the Archdiocese of Leeds": the words after another
		// person's name and a link are about that person, no title of this name
		int floor = previous != null && previous.multiWordName() && previous.endToken < name.firstToken
				&& LINKS.contains(doc.get(previous.endToken).lower()) ? previous.endToken + 1 : 0;
		int t = TitleWordsBeforeNames.wordBeforeTitle(doc, titleEnd, floor, previous);
		int start = titleStart(doc, t + 1, titleEnd);
		if (start < titleEnd && (containsRoleWord(doc, start, titleEnd) || personNounLast(doc, start, titleEnd)
				|| AgentsBeforeNames.at(doc, titleEnd - 1)
				|| start == titleEnd - 1 && qualifiedPersonNoun(doc, start))) {
			giveRole(doc, name, start, titleEnd);
		}
	}

	/**
	 * Where the title starts once the words before it that are no part of it are left
	 * out: an opening phrase, a link, a speech verb opening the sentence, an article;
	 * {@code titleEnd} when nothing is left.
	 */
	private static int titleStart(DocumentTokens doc, int from, int titleEnd) {
		int start = OpeningPhrases.titleStart(doc, from, titleEnd);
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
			// the place it is of stand between the article and the name
			start++;
		}
		if (start < titleEnd && doc.get(start).text().equals("the")) {
			// "[Special Asst. to] the Secretary and Director ...": the title began before
			// a break the text was split at, and what is left of it would be another
			// title
			start = titleEnd;
		}
		return start;
	}

	/**
	 * Gives the name the title from {@code start}, or only "Dr." when the title is
	 * nothing but honorifics.
	 */
	private static void giveRole(DocumentTokens doc, Mention name, int start, int titleEnd) {
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
		String role = PluralTitlesBeforeLists.singularBeforeList(doc, SecondPostsSetOff.written(doc.span(start, end)),
				end, name);
		if (!onlyHonorifics(doc, start, titleEnd)) {
			name.role = role;
		}
		else if (DOCTOR.contains(doc.get(titleEnd - 1).lower())) {
			// "Dr. Jane Roe" says what she is when nothing else does; "Mr." says
			// nothing
			name.doctorTitle = "Dr.";
		}
	}

	/**
	 * "Acme State guard Jane Roe", "a Harvard graduate Jane Roe", "former model Jane
	 * Roe": a noun that is a person only once qualified is one after a capitalised owner
	 * or a word like "former".
	 */
	static boolean qualifiedPersonNoun(DocumentTokens doc, int t) {
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

	static boolean roleNounBetween(DocumentTokens doc, int from, int to) {
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
