package app.quarry.generation.extract.people;

/**
 * Where a quoted or reported person comes from, written right after the name: "said Mike
 * Gikas of Consumer Reports", "Jane Roe of the Riverside Trust said". The text does not
 * say whether that is an employer or a home town, so the role says only "someone from"
 * it.
 */
final class Affiliations {

	private static final int MAX_ORGANISATION_TOKENS = 5;

	private static final int MAX_PHRASE_TOKENS = 8;

	/** What a role of this shape starts with, for the question writer to recognise. */
	static final String SOMEONE_FROM = "someone from ";

	static final String SOMEONE_AT = "someone at ";

	/**
	 * Words that say where someone comes from: "Jane Roe of Acme", "Jane Roe, from Acme,
	 * said".
	 */
	private static final java.util.Set<String> FROM = NameLexicon.words("of", "from");

	private Affiliations() {
	}

	/**
	 * The speech verb that ends a short phrase of nouns and names after "of", or -1: the
	 * phrase holds no verb, clause word or punctuation of its own.
	 */
	private static int speechVerbAfterPhrase(DocumentTokens doc, int first) {
		for (int t = first; t < doc.size() && t - first <= MAX_PHRASE_TOKENS && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (t > first && !token.capitalized() && SpeechVerbs.isSpeechVerb(lower)
					&& !SpeechVerbs.isParticiple(lower)) {
				return t;
			}
			boolean linking = lower.equals("of") || lower.equals("the");
			if (!token.word() && !token.is("&") || !token.capitalized() && !linking
					&& (NameLexicon.FUNCTION_WORDS.contains(lower) || RoleWords.VERBS.contains(lower)
							|| lower.endsWith("ed") || lower.endsWith("ly") || lower.endsWith("ing"))) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * "of" inside a body's name, between its capitalized words: "the National Council of
	 * Churches", "the Union of Concerned Scientists".
	 */
	private static boolean linkInsideName(DocumentTokens doc, int first, int t) {
		return t > first && doc.get(t).lower().equals("of") && t + 1 < doc.size() && !doc.boundaryBefore(t + 1)
				&& doc.get(t + 1).capitalized() && doc.get(t + 1).word()
				&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(t + 1).lower());
	}

	/**
	 * "of Radio Norden's Evening Desk": a programme or a unit a body owns, its possessive
	 * inside the capitalized run, is where someone works.
	 */
	private static boolean ownedProgramme(DocumentTokens doc, int first, int t) {
		return t > first && NameFinder.isPossessiveMark(doc.get(t)) && t + 1 < doc.size() && !doc.boundaryBefore(t + 1)
				&& doc.get(t + 1).capitalized() && doc.get(t + 1).word();
	}

	/**
	 * Whether the words after "of" name only a place or a people ("of Boston", "of the
	 * Czech Republic"), which is where someone is from rather than a body: not when they
	 * end in a word for an organisation, as "the Arab American Institute" does though
	 * every word before it is a people's.
	 */
	private static boolean placeOrPeople(DocumentTokens doc, int first, int end) {
		// "of the Daily Herald": a newspaper's word ends a title, whatever the words
		// before it are
		return OrganisationNameRuns.placeOrPeople(doc, first, end)
				&& !OrganisationWords.NOUNS.contains(doc.get(end - 1).lower()) && !MastheadWords.names(doc, end - 1);
	}

	/**
	 * "Jane Roe of the Daily Herald dubbed the plan ...": the subject's verb right after
	 * a newspaper's name closes it, as a speech verb does; what she does is what its
	 * writers do. Other bodies wait for a speech verb: a name nobody quotes is as often
	 * one the story only mentions.
	 */
	private static boolean verbAt(DocumentTokens doc, int t) {
		if (t >= doc.size() || doc.boundaryBefore(t) || !doc.get(t).word() || doc.get(t).capitalized()) {
			return false;
		}
		String lower = doc.get(t).lower();
		return lower.endsWith("ed") && lower.length() > 4 || RoleWords.VERBS.contains(lower)
				&& !NameLexicon.FUNCTION_WORDS.contains(lower) && !lower.equals("like") && !lower.equals("than");
	}

	static void find(DocumentTokens doc, Mention name) {
		find(doc, name, false);
	}

	/**
	 * The same, also where nobody speaks, for a name after "of" or "from" that says it is
	 * a body's ({@link BodiesAfterNames}): read after every other role, which it adds to
	 * unless that role already names the body ("councillor of the Green Party").
	 */
	static void findUnspoken(DocumentTokens doc, Mention name) {
		find(doc, name, true);
	}

	private static void find(DocumentTokens doc, Mention name, boolean unspoken) {
		int of = name.endToken;
		if (of >= doc.size()) {
			return; // the text ends with the name: "... wrote Jane Roe"
		}
		if (of + 1 < doc.size() && doc.get(of).is(",") && FROM.contains(doc.get(of + 1).lower())
				&& !doc.boundaryBefore(of + 1)) {
			of++; // "said Jane Roe, of the Riverside Trust,", "Jane Roe, from Acme, said"
		}
		// "Jane Roe for Acme said": she speaks for the body, and comes from it
		boolean speaksFor = doc.get(of).lower().equals("for") && !doc.get(of - 1).is(",");
		if (!name.multiWordName() || of + 1 >= doc.size() || doc.boundaryBefore(of + 1)
				|| !FROM.contains(doc.get(of).lower()) && !doc.get(of).lower().equals("at") && !speaksFor) {
			return;
		}
		// "Jane Roe at Acme Securities said": where she works, as "of" says where she
		// comes from
		String someone = doc.get(of).lower().equals("at") ? SOMEONE_AT : SOMEONE_FROM;
		int first = of + 1;
		if (doc.get(first).lower().equals("the") && first + 1 < doc.size() && !doc.boundaryBefore(first + 1)) {
			first++;
		}
		// "of IT firm Datalink", "from the campaign group Parents First": the body's
		// name after a noun for its kind
		first = OrganisationKindBefore.nameAfter(doc, first);
		int end = first;
		int marks = 0; // possessive marks, which add no word to the name
		while (end < doc.size() && end - first - marks < MAX_ORGANISATION_TOKENS && !doc.boundaryBefore(end)
				&& (doc.get(end).capitalized() && !NameFinder.isPossessiveMark(doc.get(end)) || doc.get(end).is("&")
						|| linkInsideName(doc, first, end) || StrippedAmpersands.inName(doc, first, end)
						|| TitledAndNames.inName(doc, first, end) || ownedProgramme(doc, first, end))) {
			marks += ownedProgramme(doc, first, end) ? 1 : 0;
			end++;
		}
		if (end < doc.size() && !doc.boundaryBefore(end) && !doc.get(end).is(",")) {
			// "Bishop Jane Roe of the Archdiocese of Leeds said", "Tom Hale of the city
			// council said": a longer phrase, the speech verb right after it
			int verb = speechVerbAfterPhrase(doc, first);
			if (verb > 0 && !speaksFor) {
				name.appositionEndToken = verb;
				if (!placeOrPeople(doc, first, verb)) {
					String affiliation = someone + doc.span(of + 1, verb);
					name.appositionRole = affiliation;
					name.role = name.role == null ? affiliation : name.role;
				}
				return;
			}
		}
		if (end == first || end - first - marks >= MAX_ORGANISATION_TOKENS || placeOrPeople(doc, first, end)) {
			return;
		}
		boolean closed = end >= doc.size() || doc.boundaryBefore(end) || doc.get(end).is(",") || doc.get(end).is(".");
		boolean speechAfter = end < doc.size() && !doc.boundaryBefore(end)
				&& SpeechVerbs.isSpeechVerb(doc.get(end).lower());
		// "Jane Roe, of Radio Norden, remarked": set off by commas before the verb
		speechAfter |= doc.get(of - 1).is(",") && end + 1 < doc.size() && doc.get(end).is(",")
				&& !doc.boundaryBefore(end + 1) && SpeechVerbs.isSpeechVerb(doc.get(end + 1).lower());
		int before = name.phraseStartToken - 1;
		boolean speechBefore = before >= 0 && !doc.boundaryBefore(name.phraseStartToken)
				&& SpeechVerbs.isSpeechVerb(doc.get(before).lower()) && closed;
		boolean subject = NamesOpeningClause.opensClause(doc, name);
		// "Jane Roe for Acme, says": the sentence's subject, its verb after the comma
		speechAfter |= subject && end + 1 < doc.size() && doc.get(end).is(",") && !doc.boundaryBefore(end + 1)
				&& SpeechVerbs.isSpeechVerb(doc.get(end + 1).lower());
		if (speaksFor ? !speechAfter
				: !speechBefore && !speechAfter && !(subject && verbAt(doc, end) && MastheadWords.names(doc, end - 1))
						&& !(unspoken && BodiesAfterNames.affiliates(doc, of, first, end))) {
			return;
		}
		if (unspoken && name.role != null && name.role.contains(doc.span(first, end))) {
			return;
		}
		String affiliation = someone + doc.span(of + 1, end);
		name.appositionEndToken = end;
		name.appositionRole = affiliation;
		name.role = name.role == null ? affiliation : name.role;
	}

}
