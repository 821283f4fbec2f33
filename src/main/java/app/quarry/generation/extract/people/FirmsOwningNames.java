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
			return;
		}
		int start = mark;
		boolean joined = false;
		while (start > 0 && mark - start < MAX_FIRM_TOKENS && !doc.boundaryBefore(start)) {
			Token before = doc.get(start - 1);
			String lower = before.lower();
			boolean word = before.word() && before.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(lower)
					&& !NameLexicon.HONORIFICS.contains(lower);
			boolean link = (before.is("&") || lower.equals("and")) && start < mark;
			if (!word && !link) {
				break;
			}
			joined |= link;
			start--;
		}
		if (start == mark || !doc.get(start).capitalized() || !doc.get(start).word()
				|| doc.get(start).lower().equals("and")) {
			return;
		}
		// "the NUJ's Jane Roe said" but not "told the BBC's World Service": after a
		// body's initials the name must read as a person's, or speak
		boolean byInitials = mark - start == 1 && initials(doc.get(start))
				&& !OrganisationWords.PLACES.contains(doc.get(start).lower())
				&& (CountriesBeforeNames.readsAsPerson(doc, name) || speaks(doc, name));
		if (!byInitials && !firm(doc, start, mark, joined)) {
			return;
		}
		if (start > 0 && !doc.boundaryBefore(start) && NameFinder.isPossessiveMark(doc.get(start - 1))) {
			// "Acme's Orbiter V and Quist's Delta IV": a list of things each owned, no
			// firm joined by "and"
			return;
		}
		name.role = Affiliations.SOMEONE_FROM + doc.span(start, mark);
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
		return !placesOnly && (joined || OrganisationWords.COMPANY_SUFFIXES.contains(last)
				|| OrganisationWords.NOUNS.contains(last));
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
