package app.quarry.generation.extract.people;

/**
 * A firm named in the possessive right before a person, which says where the person
 * works: "said Halden and Marsh's Jane Roe", "Quist Bank's Tom Lowe expects". Only a name
 * that reads as a firm's (two names joined by "and" or "&", a company's suffix, a word
 * for a body, a body's initials) counts: "Germany's Jane Roe" says where she comes from,
 * not whom she works for.
 */
final class FirmsOwningNames {

	private static final int MAX_FIRM_TOKENS = 5;

	private FirmsOwningNames() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int mark = name.phraseStartToken - 1;
		if (!name.multiWordName() || mark < 1 || !NameFinder.isPossessiveMark(doc.get(mark)) || doc.boundaryBefore(mark)
				|| doc.boundaryBefore(name.phraseStartToken)) {
			// "Halden Group's Jane Roe and Tom Hale": the second shares the first's firm
			mark = OwnedListMembers.markOfFirst(doc, name);
			if (mark < 0) {
				return;
			}
		}
		int start = owner(doc, mark, name);
		if (start >= 0) {
			name.role = Affiliations.SOMEONE_FROM + doc.span(start, mark);
		}
	}

	/** The first token of the firm owning a person at possessive {@code mark}, or -1. */
	private static int owner(DocumentTokens doc, int mark, Mention name) {
		int start = mark;
		boolean joined = false;
		while (start > 0 && mark - start < MAX_FIRM_TOKENS && !doc.boundaryBefore(start)) {
			Token before = doc.get(start - 1);
			String lower = before.lower();
			// "New" opens a party's name as often as it qualifies a noun; "Pro-Halden"
			// is the stance of the person, not a word of the firm's name
			boolean word = before.word() && before.capitalized()
					&& (!NameLexicon.FUNCTION_WORDS.contains(lower) || lower.equals("new"))
					&& !NameLexicon.HONORIFICS.contains(lower) && !OwnedListMembers.stance(lower);
			boolean link = (before.is("&") || lower.equals("and")) && start < mark;
			if (!word && !link) {
				break;
			}
			joined |= link;
			start--;
		}
		int link = joined ? lastLink(doc, start, mark) : -1;
		if (link > 0 && OwnedListMembers.personLike(doc, start, link)) {
			// "Jane Roe and Acme's Tom Hale": a person listed before the firm, not a firm
			// of two names
			start = link + 1;
			joined = false;
		}
		if (start == mark || !doc.get(start).capitalized() || !doc.get(start).word()
				|| doc.get(start).lower().equals("and")) {
			return -1;
		}
		// "the NUJ's Jane Roe said" but not "told the BBC's World Service": after a
		// body's initials the name must read as a person's, or speak
		boolean byInitials = mark - start == 1 && initials(doc.get(start))
				&& !OrganisationWords.PLACES.contains(doc.get(start).lower())
				&& (CountriesBeforeNames.readsAsPerson(doc, name) || speaks(doc, name)
						|| OwnedListMembers.personLike(doc, name.phraseStartToken, name.endToken));
		// "campaign group Halden's Jane Roe": a noun for a kind of body before its name
		// or named so elsewhere in the story ("Jane Roe and Halden's Tom Hale")
		boolean kindBefore = (start > 0 && !doc.boundaryBefore(start) && !doc.get(start - 1).capitalized()
				&& OrganisationWords.NOUNS.contains(doc.get(start - 1).lower())
				|| BodiesIntroducedByKind.introduced(doc, start, mark)) && !joined
				&& !OrganisationNameRuns.placeOrPeople(doc, start, mark);
		if (!byInitials && !kindBefore && !firm(doc, start, mark, joined)) {
			return -1;
		}
		if (start > 0 && !doc.boundaryBefore(start) && NameFinder.isPossessiveMark(doc.get(start - 1))) {
			// "Acme's Orbiter V and Quist's Delta IV": a list of things each owned, no
			// firm joined by "and"
			return -1;
		}
		return start;
	}

	private static int lastLink(DocumentTokens doc, int start, int mark) {
		for (int t = mark - 1; t > start; t--) {
			if (doc.get(t).is("&") || doc.get(t).lower().equals("and")) {
				return t;
			}
		}
		return -1;
	}

	/**
	 * Whether the words before the mark name a firm rather than a place, a people or a
	 * person: joined by "and" or "&", or ending in a company's suffix or a word for a
	 * body.
	 */
	private static boolean firm(DocumentTokens doc, int start, int end, boolean joined) {
		boolean placesOnly = true;
		for (int t = start; t < end; t++) {
			String lower = doc.get(t).lower();
			if (doc.get(t).capitalized() && !lower.equals("and") && !NameLexicon.NOT_NAMES.contains(lower)
					&& !OrganisationWords.PLACES.contains(lower)) {
				placesOnly = false;
			}
		}
		String last = doc.get(end - 1).lower();
		// "New Horizon Party's Jane Roe": words that are no name's alone still name a
		// party when a noun for a body closes them
		return !placesOnly
				&& (joined || OrganisationWords.COMPANY_SUFFIXES.contains(last)
						|| OrganisationWords.NOUNS.contains(last))
				|| end - start >= 2 && !joined && OrganisationWords.NOUNS.contains(last);
	}

	/** "the NUJ's Jane Roe said": a speech verb right after the name. */
	private static boolean speaks(DocumentTokens doc, Mention name) {
		int verb = name.endToken;
		return verb < doc.size() && !doc.boundaryBefore(verb) && SpeechVerbs.isSpeechVerb(doc.get(verb).lower())
				&& !SpeechVerbs.isParticiple(doc.get(verb).lower());
	}

	/**
	 * "The NUJ's Jane Roe": a body's initials in capitals, which no person's name and no
	 * place but the ones the place list holds is written as.
	 */
	private static boolean initials(Token token) {
		String text = token.text();
		return token.word() && text.length() >= 2 && text.length() <= 6
				&& text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
	}

}
