package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Shapes of business prose that describe an organisation away from the apposition the
 * finder reads first: the firm "of" a name ("the Swiss firm of Halvard Lund"), a
 * description that opens the sentence with "As" ("As the region's biggest lender, Norbank
 * ..."), and where an organisation is based ("Zentrix Corp. is based in Leeds, England").
 */
final class OrganisationShapes {

	/** Nouns that old-style business prose puts before "of" and a firm's name. */
	private static final Set<String> FIRMS = NameLexicon.words("firm", "company", "concern", "house");

	private static final Set<String> COPULAS = NameLexicon.words("is", "was", "are", "were");

	private static final int MAX_LEAD_TOKENS = 12;

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/** Words that count the organisations a plural describes, and so describe none. */
	private static final Set<String> COUNTING = NameLexicon.words("two", "three", "four", "several", "both", "many",
			"other", "some", "all", "few");

	/**
	 * Words that only size a plural's organisations: "big banks" says nothing of them.
	 */
	private static final Set<String> SIZES = NameLexicon.words("big", "bigger", "biggest", "large", "larger", "largest",
			"major", "small", "smaller", "leading", "top");

	private OrganisationShapes() {
	}

	/**
	 * "London-based", "Norwegian-owned": one hyphenated word that qualifies a name, and
	 * is none itself.
	 */
	static boolean qualifier(DocumentTokens doc, int start, int end) {
		if (end != start + 1) {
			return false;
		}
		String lower = doc.get(start).lower();
		return lower.endsWith("-based") || lower.endsWith("-owned") || lower.endsWith("-led")
				|| lower.endsWith("-controlled") || lower.endsWith("-run");
	}

	/**
	 * "Shares of Zentrix fell": a sentence's first word, capitalized only for its place,
	 * joined by "of" to the name after it; "Bank of Lisbon" keeps its noun.
	 */
	static boolean commonWordOf(DocumentTokens doc, int start) {
		return start + 2 < doc.size() && doc.boundaryBefore(start) && doc.get(start + 1).lower().equals("of")
				&& doc.get(start + 2).capitalized() && !doc.boundaryBefore(start + 2)
				&& !OrganisationWords.NOUNS.contains(doc.get(start).lower())
				&& !NameLexicon.NOT_NAMES.contains(doc.get(start).lower())
				&& PartOfSpeech.isCommonNounLowered(doc, start);
	}

	/** "the Swiss firm of Halvard Lund": "Swiss firm". */
	static String firmOf(DocumentTokens doc, int start) {
		int nounAt = start - 2;
		if (nounAt < 2 || !doc.get(start - 1).lower().equals("of") || doc.boundaryBefore(start)
				|| doc.boundaryBefore(start - 1) || !FIRMS.contains(doc.get(nounAt).lower())
				|| doc.get(nounAt).capitalized()) {
			return null;
		}
		int from = nounAt;
		while (from > 0 && nounAt - from < 3 && !doc.boundaryBefore(from) && doc.get(from - 1).word()
				&& !OrganisationFinder.VERBS.contains(doc.get(from - 1).lower())
				&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(from - 1).lower())
				&& !NameLexicon.PREPOSITIONS.contains(doc.get(from - 1).lower())) {
			from--;
		}
		// only "the": "a unit of", "the chairman of" and "shares of" are other relations
		if (from == nounAt || from < 1 || !doc.get(from - 1).lower().equals("the") || doc.boundaryBefore(from)) {
			return null;
		}
		String kind = doc.get(nounAt - 1).lower();
		if (OrganisationWords.HOLDERS.contains(kind) || OrganisationWords.UNITS.contains(kind)
				|| kind.equals("holding")) {
			return null; // "the parent company of Brovo": Brovo is the one owned
		}
		return doc.span(from, nounAt + 1);
	}

	/**
	 * "As the region's biggest lender and its oldest bank, Norbank could ...": the
	 * description the sentence opens with, when it ends in an organisation's noun and the
	 * name follows its comma.
	 */
	static String asLead(DocumentTokens doc, int start) {
		int comma = start - 1;
		if (comma < 3 || !doc.get(comma).is(",") || doc.boundaryBefore(start) || doc.boundaryBefore(comma)) {
			return null;
		}
		int as = comma - 1;
		while (as > 0 && comma - as <= MAX_LEAD_TOKENS && !doc.boundaryBefore(as)) {
			Token token = doc.get(as);
			// "As a member of the party, ..." is told of a person
			if (!token.word() && !token.is("-") && !token.is("'") || OrganisationFinder.VERBS.contains(token.lower())
					|| token.lower().equals("of")) {
				return null;
			}
			as--;
		}
		if (!doc.boundaryBefore(as) || !doc.get(as).lower().equals("as") || comma - as < 3) {
			return null;
		}
		Token noun = doc.get(comma - 1);
		if (noun.capitalized() || !OrganisationWords.NOUNS.contains(noun.lower())) {
			return null;
		}
		return doc.span(as + 1, comma);
	}

	/**
	 * "Zentrix Corp. is based in Leeds, England." and "Zentrix, based in Leeds, ...":
	 * "based in Leeds, England".
	 */
	static String basedIn(DocumentTokens doc, int end) {
		int based = end;
		if (based < doc.size() && (doc.get(based).is(",") || COPULAS.contains(doc.get(based).lower()))) {
			based++;
		}
		if (based + 2 >= doc.size() || based == end || doc.boundaryBefore(based)
				|| !doc.get(based).lower().equals("based") || !doc.get(based + 1).lower().equals("in")) {
			return null;
		}
		int place = based + 2;
		int last = OrganisationNameRuns.runEnd(doc, place);
		if (!doc.get(place).capitalized() || doc.boundaryBefore(place)) {
			return null;
		}
		if (last + 1 < doc.size() && doc.get(last).is(",") && doc.get(last + 1).capitalized()
				&& !doc.boundaryBefore(last + 1)) {
			last = OrganisationNameRuns.runEnd(doc, last + 1); // "Leeds, England"
		}
		boolean closed = last >= doc.size() || doc.boundaryBefore(last) || doc.get(last).is(",")
				|| doc.get(last).is(".") || doc.get(last).is(";");
		return closed ? doc.span(based, last) : null;
	}

	/**
	 * "Zentrix Corp., Tulsa, Okla., said": the city and state a business story sets off
	 * after a company's name, as "based in Tulsa, Okla.", when a verb follows them.
	 */
	static String placeSetOff(DocumentTokens doc, int start, int end) {
		if (end + 4 >= doc.size() || !doc.get(end).is(",") || !OrganisationWords.companyName(doc, start, end)
				|| !doc.get(end + 1).capitalized() || doc.boundaryBefore(end + 1)) {
			return null;
		}
		int city = OrganisationNameRuns.runEnd(doc, end + 1);
		if (city + 2 >= doc.size() || !doc.get(city).is(",")
				|| !OrganisationWords.PLACES.contains(doc.get(city + 1).lower()) || doc.boundaryBefore(city + 1)) {
			return null;
		}
		int state = city + 2;
		if (state < doc.size() && doc.get(state).is(".") && doc.get(state).start() == doc.get(state - 1).end()) {
			state++; // "Okla."
		}
		if (state + 1 >= doc.size() || !doc.get(state).is(",") || doc.boundaryBefore(state + 1)) {
			return null;
		}
		String verb = doc.get(state + 1).lower();
		boolean clause = !doc.get(state + 1).capitalized()
				&& (OrganisationFinder.VERBS.contains(verb) || SpeechVerbs.isSpeechVerb(verb) || verb.endsWith("ed"));
		return clause ? "based in " + doc.span(end + 1, state) : null;
	}

	/**
	 * "French banks Credit Lyonnais and Societe Generale": a plural noun of organisations
	 * with a word before it, shared by the two names joined by "and" after it, as "French
	 * bank".
	 */
	/** Plurals that name others only relative to someone: "Japanese rivals". */
	private static final Set<String> RELATIONAL = NameLexicon.words("rival", "competitor", "partner", "peer");

	static String sharedPlural(DocumentTokens doc, int start) {
		// "firms such as Zentrix and Quorlon": the plural is a kind the names are of
		boolean suchAs = start >= 3 && doc.get(start - 1).lower().equals("as")
				&& doc.get(start - 2).lower().equals("such") && !doc.boundaryBefore(start - 1)
				&& !doc.boundaryBefore(start - 2);
		int nounAt = suchAs ? start - 3 : start - 1;
		if (nounAt < 1 || doc.boundaryBefore(nounAt + 1) || doc.get(nounAt).capitalized()) {
			return null;
		}
		String singular = OrganisationWords.singular(doc.get(nounAt).lower());
		if (singular == null) {
			return null;
		}
		int from = nounAt;
		while (from > 0 && nounAt - from < 3 && !doc.boundaryBefore(from)) {
			Token token = doc.get(from - 1);
			String lower = token.lower();
			if (!token.word() && !token.is("-") || ARTICLES.contains(lower) || COUNTING.contains(lower)
					|| OrganisationFinder.VERBS.contains(lower) || NameLexicon.FUNCTION_WORDS.contains(lower)
					|| NameLexicon.PREPOSITIONS.contains(lower) || Character.isDigit(lower.charAt(0))
					|| lower.endsWith("ed") && !lower.contains("-") || lower.endsWith("ly")) {
				break;
			}
			from--;
		}
		boolean says = false;
		for (int t = from; t < nounAt; t++) {
			says |= doc.get(t).word() && !SIZES.contains(doc.get(t).lower());
			// "rivals" say what the names are only with whose or where from: a lower-case
			// word before them may be a verb ("the carmaker outsold rivals Brovex and
			// ...")
			says &= !RELATIONAL.contains(singular) || doc.get(t).capitalized();
		}
		if (!says && suchAs && !RELATIONAL.contains(singular)) {
			return singular; // a kind with no word before it still says what they are
		}
		return says ? doc.span(from, nounAt) + " " + singular : null;
	}

	/**
	 * "Leeds-based Zentrix Corp.", "New York-based Zentrix": "based in New York", when
	 * the place is at most three words and no capitalized word before them could be part
	 * of its name.
	 */
	/**
	 * "Hong Kong-based Zentrix": the index after a qualifier ending the place name that
	 * starts at {@code start} with one or two words, or {@code start}.
	 */
	static int qualifierAhead(DocumentTokens doc, int start) {
		for (int k = start + 1; k <= start + 2 && k < doc.size() && !doc.boundaryBefore(k); k++) {
			if (qualifier(doc, k, k + 1)) {
				return k + 1;
			}
			if (!placeWordBefore(doc, k + 1)) {
				return start; // the words before the qualifier must all be capitalized
			}
		}
		return start;
	}

	private static boolean placeWordBefore(DocumentTokens doc, int at) {
		Token before = doc.get(at - 1);
		return before.word() && before.capitalized() && !ARTICLES.contains(before.lower())
				&& !NameLexicon.PREPOSITIONS.contains(before.lower()) && !NameFinder.isPossessiveMark(before);
	}

	static String basedBefore(DocumentTokens doc, int start) {
		String unhyphenated = UnhyphenatedBases.before(doc, start);
		if (unhyphenated != null) {
			return unhyphenated;
		}
		int qualifier = start - 1;
		if (qualifier < 0 || doc.boundaryBefore(start) || !doc.get(qualifier).lower().endsWith("-based")
				|| !doc.get(qualifier).capitalized()) {
			return null;
		}
		int first = qualifier;
		while (first > 0 && qualifier - first < 2 && !doc.boundaryBefore(first) && placeWordBefore(doc, first)) {
			first--; // "New York-based", "Hong Kong-based": the place began before
		}
		if (first > 0 && !doc.boundaryBefore(first) && placeWordBefore(doc, first)) {
			return null; // a longer run of capitals: where the place starts is unclear
		}
		String place = doc.text.substring(doc.get(first).start(), doc.get(qualifier).end());
		return "based in " + place.substring(0, place.length() - "-based".length());
	}

}
