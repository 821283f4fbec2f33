package app.quarry.generation.extract.people;

/**
 * An organisation described by a common noun written before its name ("consulting firm
 * Accenture", "Aer Lingus rival Ryanair") or around it ("the Reuters news agency").
 */
final class OrganisationNounsBefore {

	/**
	 * Words that count or rank, no kind: "at least one lobby group Cart" is described as
	 * a lobby group.
	 */
	private static final java.util.Set<String> COUNTING = NameLexicon.words("one", "two", "three", "four", "five",
			"six", "seven", "eight", "nine", "ten", "least", "most", "several", "many", "few", "some", "each", "every",
			"both", "all", "another");

	private OrganisationNounsBefore() {
	}

	/**
	 * "consulting firm Accenture", "the technology blog Gizmodo", "Aer Lingus rival
	 * Ryanair".
	 */
	static String before(DocumentTokens doc, int start) {
		int nounAt = start - 1;
		if (nounAt >= 0 && doc.get(nounAt).lower().equals("the") && !doc.boundaryBefore(start)) {
			nounAt--; // "activist organization the Project on Government Oversight"
		}
		if (nounAt < 1 || doc.boundaryBefore(nounAt + 1) || !doc.get(nounAt).word() || doc.get(nounAt).capitalized()
				|| !OrganisationWords.NOUNS.contains(doc.get(nounAt).lower()) && !searchEngine(doc, nounAt)
						&& !QualifiedBodyNouns.head(doc, nounAt) && !SportingSideNouns.namesASide(doc, nounAt)) {
			return null;
		}
		int from = nounAt;
		while (from > 0 && nounAt - from < 4 && !doc.boundaryBefore(from)) {
			Token token = doc.get(from - 1);
			String lower = token.lower();
			boolean placeName = token.capitalized() && doc.get(from).capitalized(); // "New
																					// York"
			boolean pluralOwner = StatedPlaces.pluralPossessive(doc, from - 1);
			if (!token.word() && !token.is("-") && !pluralOwner || OrganisationFinder.ARTICLES.contains(lower)
					|| OrganisationFinder.VERBS.contains(lower) || COUNTING.contains(lower)
					|| RoleWords.VERBS.contains(lower) && !token.capitalized()
					|| NameLexicon.FUNCTION_WORDS.contains(lower) && !placeName && !spelledOut(token)
					|| NameLexicon.PREPOSITIONS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
					|| lower.endsWith("ed") && !lower.contains("-") || lower.endsWith("ly")
					|| presentVerb(doc, from - 1)) {
				break;
			}
			from--;
		}
		if (nounAt - from < 1) {
			return null;
		}
		for (int t = from; t < nounAt; t++) {
			// "the Rolling Stones' label Velvet Records": a plural owner's bare
			// apostrophe
			// marks it as "'s" does
			boolean mark = NameFinder.isPossessiveMark(doc.get(t)) || StatedPlaces.pluralPossessive(doc, t);
			if (mark && (t == from || doc.get(from).capitalized())) {
				return ownedFrom(doc, t, nounAt); // "The United States's largest
													// carmaker"
			}
		}
		return doc.span(from, nounAt + 1);
	}

	/**
	 * "The alliance adds freight company Tellco": a verb of the present tense ends the
	 * description, which is only the words after it. Only a lower-case word ending in "s"
	 * is put to the tagger, as "news agency" or "arms maker" would be.
	 */
	private static boolean presentVerb(DocumentTokens doc, int t) {
		String lower = doc.get(t).lower();
		if (!doc.get(t).word() || doc.get(t).capitalized() || !lower.endsWith("s") || lower.endsWith("ss")) {
			return false;
		}
		int from = t;
		while (from > 0 && t - from < 3 && !doc.boundaryBefore(from)) {
			from--;
		}
		return PartOfSpeech.isVerb(doc, from, t);
	}

	/**
	 * "search engine Zoomly": an engine is a machine, but a search engine is a business
	 * of the web.
	 */
	private static boolean searchEngine(DocumentTokens doc, int t) {
		return doc.get(t).lower().equals("engine") && t > 0 && doc.get(t - 1).lower().equals("search")
				&& !doc.boundaryBefore(t);
	}

	/**
	 * "IT firm Zentrix": a word spelled in capitals is an abbreviation ("IT", "US"), no
	 * pronoun, whatever word it shares its letters with.
	 */
	private static boolean spelledOut(Token token) {
		String text = token.text();
		return text.length() > 1 && text.chars().allMatch(Character::isUpperCase);
	}

	private static final int MAX_OWNER_TOKENS = 4;

	/**
	 * A description that the word limit cut right after its owner's name: the owner put
	 * back ("the Ruritanian Republic's largest carmaker"), or null when no name owns it,
	 * as a card that opens on "'s" says nothing.
	 */
	private static String ownedFrom(DocumentTokens doc, int mark, int nounAt) {
		int owner = mark;
		while (owner > 0 && mark - owner < MAX_OWNER_TOKENS && !doc.boundaryBefore(owner)
				&& doc.get(owner - 1).capitalized()
				&& !OrganisationFinder.ARTICLES.contains(doc.get(owner - 1).lower())) {
			owner--;
		}
		if (owner == mark) {
			return null;
		}
		boolean the = owner > 0 && doc.get(owner - 1).lower().equals("the");
		return (the ? "the " : "") + doc.span(owner, nounAt + 1);
	}

	/** "the Reuters news agency" */
	static String around(DocumentTokens doc, int start, int end) {
		if (start < 1 || !doc.get(start - 1).lower().equals("the") || doc.boundaryBefore(start)) {
			return null;
		}
		if (CompanyDescriptions.description(doc, start - 1) != null) {
			// "the Denver cable concern": a company described at a later mention, the
			// capitalized word its place, not its name
			return null;
		}
		for (int last = end; last < Math.min(doc.size(), end + 2); last++) {
			Token token = doc.get(last);
			if (!token.word() || token.capitalized() || doc.boundaryBefore(last)
					|| NameFinder.isPossessiveMark(token)) {
				// "the Acme Trust's website": what the body owns, not what it is
				return null;
			}
			if (OrganisationWords.NOUNS.contains(token.lower())) {
				// "the American auto company Chrysler": the name after the noun is the
				// organisation, the capitalized word before it only qualifies it
				boolean nameFollows = last + 1 < doc.size() && doc.get(last + 1).capitalized()
						&& !doc.boundaryBefore(last + 1);
				return last > end && !nameFollows && !OrganisationNameRuns.placeOrPeople(doc, start, end)
						? doc.span(end, last + 1) : null;
			}
		}
		return null;
	}

}
