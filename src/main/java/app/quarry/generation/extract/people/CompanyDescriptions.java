package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The descriptions a business story uses for a company it has named: "the St. Louis
 * company", "the cereal maker", "Canada's largest department store operator". Finding
 * where such a phrase stands is apart from deciding which company it means, which
 * {@link CompanyAnaphora} does.
 */
final class CompanyDescriptions {

	private static final int MAX_DESCRIPTION_TOKENS = 10;

	/** Nouns a story calls a company by; relations ("rival", "unit") name another. */
	private static final Set<String> COMPANY_NOUNS = NameLexicon.words("company", "concern", "firm", "maker",
			"manufacturer", "producer", "operator", "retailer", "supplier", "publisher", "insurer", "lender", "bank",
			"airline", "carrier", "conglomerate", "brewer", "distiller", "refiner", "utility", "railroad", "chain",
			"brokerage", "thrift", "distributor", "wholesaler", "giant", "automaker", "steelmaker", "chipmaker",
			"drugmaker", "developer", "partnership", "provider", "homebuilder", "shipbuilder", "exporter", "importer",
			"bottler");

	/**
	 * Words that tell which company a noun means without telling what it is ("the other
	 * company", "the parent company", "the troubled concern"): no question in them.
	 */
	static final Set<String> UNTELLING = NameLexicon.words("other", "same", "parent", "new", "combined", "merged",
			"acquiring", "target", "first", "second", "third", "last", "only", "former", "rival", "competing", "two",
			"three", "both", "whole", "entire", "previous", "private", "public", "holding", "such", "big", "bigger",
			"small", "smaller", "large", "larger", "huge", "little", "troubled", "ailing", "struggling", "beleaguered",
			"embattled", "giant", "old", "older", "young", "closely", "privately", "publicly", "held", "owned", "this",
			"that", "these", "those", "one", "its", "their", "his", "her", "successful", "profitable", "unprofitable",
			"sole", "lone", "larger", "main", "major", "leading", "top", "prospective", "potential", "would-be",
			"suitor", "joint", "venture", "shell", "unnamed", "unidentified", "foreign", "domestic", "local", "next",
			"separate", "independent", "spun-off", "surviving", "resulting", "remaining", "current", "present");

	/** Lower-case possessors of a superlative: "the nation's largest brewer". */
	private static final Set<String> REALMS = NameLexicon.words("nation", "country", "world", "state", "city",
			"industry");

	/** Words that introduce an organisation no name was given: "a Dutch firm". */
	static final Set<String> INDEFINITES = NameLexicon.words("a", "an", "another", "one");

	private CompanyDescriptions() {
	}

	/**
	 * "the St. Louis company", "the Wilmington, Del., concern", "the cereal maker",
	 * "Canada's largest department store operator" from {@code t}: {start, index of the
	 * noun}, or null. The noun ends the phrase: a name after it makes the phrase describe
	 * that name ("the cereal maker Zentrix"), "of" after it says what it makes.
	 */
	static int[] description(DocumentTokens doc, int t) {
		int first = modifiersStart(doc, t);
		if (first < 0) {
			return null;
		}
		int noun = -1;
		int k = first;
		boolean telling = false;
		boolean untelling = false;
		while (k < doc.size() && k - t <= MAX_DESCRIPTION_TOKENS && !doc.boundaryBefore(k)) {
			Token token = doc.get(k);
			String lower = token.lower();
			int place = placeEnd(doc, k);
			if (place > k) {
				telling = true;
				k = place;
				continue;
			}
			if (DescriptionModifiers.listComma(doc, k, first)) {
				k++; // "the paper, packaging and publishing concern"
				continue;
			}
			boolean word = token.word() && !token.capitalized() && !OrganisationFinder.VERBS.contains(lower)
					&& !NameLexicon.PREPOSITIONS.contains(lower)
					&& (!NameLexicon.FUNCTION_WORDS.contains(lower) || lower.equals("and") && k > first);
			if (!word) {
				break;
			}
			if (DescriptionModifiers.sizeBeforeTrade(doc, k)) {
				// "the giant foods and brewing company": its size says nothing, its
				// trades do
				k++;
				continue;
			}
			if (isCompanyNoun(lower) || BodyNounSubjects.nounAt(doc, t, k)) {
				noun = k;
				boolean compound = k + 1 < doc.size() && !doc.boundaryBefore(k + 1)
						&& (isCompanyNoun(doc.get(k + 1).lower()) || holdingCompany(doc, k + 1));
				if (k + 1 < doc.size() && !doc.boundaryBefore(k + 1) && !compound
						&& !doc.get(k + 1).lower().equals("and")) {
					k++;
					// "the Tulsa company earned": what follows the noun is no part of it
					break;
				}
				// "the thrift holding company": the first noun says what kind of company
				// "the giant company": a size, however it is read, tells nothing
				telling |= compound && !UNTELLING.contains(lower);
			}
			else if (holdingCompany(doc, k)) {
				// "holding company" is a kind of company: alone it tells nothing, nor
				// does it make the words before it untelling
			}
			else if (UNTELLING.contains(lower) || lower.endsWith("ed") && !OrganisationShapes.qualifier(doc, k, k + 1)
					|| lower.endsWith("ly") || lower.equals("and") && noun == k - 1) {
				untelling = true;
			}
			else {
				telling = true;
			}
			k++;
		}
		int goods = noun < 0 || noun + 1 != k || untelling ? -1 : MakersOf.goodsEnd(doc, t, noun);
		if (goods > 0) {
			// "The Tulsa maker of valves said": what it makes tells what it is
			return new int[] { t, goods };
		}
		if (noun < 0 || noun + 1 != k || untelling || !telling || noun == first && doc.get(t).lower().equals("the")) {
			return null;
		}
		if (k < doc.size() && !doc.boundaryBefore(k) && !endsPhrase(doc.get(k)) && !verbAfterNoun(doc, t, k)) {
			// "the cereal maker Zentrix", "the maker of ...", "the copier company
			// executives"
			return null;
		}
		return new int[] { t, noun };
	}

	/**
	 * "The Denver software concern lost money", "helps the tobacco giant raise funds": a
	 * verb the word lists do not know, read so by the part-of-speech model; not one in
	 * "-s", which may as well be a plural noun going on with the phrase.
	 */
	private static boolean verbAfterNoun(DocumentTokens doc, int t, int k) {
		Token next = doc.get(k);
		if (!next.word() || next.capitalized() || next.lower().equals("of") || next.lower().endsWith("s")) {
			// "the drug company executives": a plural noun the model may read as a verb
			return false;
		}
		int from = t;
		while (from > 0 && t - from < 6 && !doc.boundaryBefore(from)) {
			from--;
		}
		return PartOfSpeech.isVerb(doc, from, k);
	}

	/**
	 * A word that cannot go on the noun phrase: a mark, a verb, a preposition, an adverb.
	 */
	static boolean endsPhrase(Token next) {
		String lower = next.lower();
		if (!next.word()) {
			return !next.is("-");
		}
		return !next.capitalized() && !lower.equals("of")
				&& (OrganisationFinder.VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower) || lower.endsWith("ed")
						|| lower.endsWith("ly") || NameLexicon.PREPOSITIONS.contains(lower)
						|| NameLexicon.FUNCTION_WORDS.contains(lower) || lower.equals("which") || lower.equals("that")
						|| lower.equals("also") || lower.equals("will"));
	}

	/**
	 * Where the words of a description start: after "the" (not after "the nation's"
	 * unless a superlative follows), or after "Canada's largest"; -1 if no description
	 * starts at {@code t}.
	 */
	private static int modifiersStart(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		if (t > 0 && !doc.boundaryBefore(t) && INDEFINITES.contains(doc.get(t - 1).lower())) {
			return -1;
		}
		boolean nameBefore = t > 1
				&& (doc.get(t - 2).capitalized() || t > 2 && doc.get(t - 2).is(".") && doc.get(t - 3).capitalized());
		if (nameBefore && doc.get(t - 1).is(",") && !doc.boundaryBefore(t - 1)) {
			// "Seagrove, the Dallas oil concern,": an apposition, the name's own
			return -1;
		}
		if (token.lower().equals("the")) {
			if (t + 3 < doc.size() && REALMS.contains(doc.get(t + 1).lower())
					&& NameFinder.isPossessiveMark(doc.get(t + 2))) {
				return DescriptionModifiers.superlativeEnd(doc, t + 3);
			}
			return t + 1 < doc.size() && !doc.boundaryBefore(t + 1) ? t + 1 : -1;
		}
		// "Canada's largest ...", only at a sentence's start where no "the" could stand
		if (!doc.startsSentence[t] || !token.capitalized() || t + 2 >= doc.size()
				|| !OrganisationWords.PLACES.contains(token.lower()) && !placeLike(doc, t)) {
			return -1;
		}
		return NameFinder.isPossessiveMark(doc.get(t + 1)) ? DescriptionModifiers.superlativeEnd(doc, t + 2) : -1;
	}

	/** A place the name lexicon or the part-of-speech model knows as one. */
	private static boolean placeLike(DocumentTokens doc, int t) {
		return NameLexicon.NOT_NAMES.contains(doc.get(t).lower());
	}

	/**
	 * "St. Louis", "New Hampshire", "Wilmington, Del.,", "San Antonio, Texas,",
	 * "Atlanta-based": a place qualifying the noun; the index after it, or {@code k}.
	 */
	static int placeEnd(DocumentTokens doc, int k) {
		if (OrganisationShapes.qualifier(doc, k, k + 1)) {
			return k + 1;
		}
		int end = k;
		while (end < doc.size() && !doc.boundaryBefore(end) && doc.get(end).capitalized()
				&& !NameFinder.isPossessiveMark(doc.get(end))) {
			end++;
			if (end < doc.size() && doc.get(end).is(".") && doc.get(end).start() == doc.get(end - 1).end()
					&& doc.get(end - 1).text().length() <= 4) {
				end++; // "St." , "Del."
			}
		}
		if (end == k) {
			return k;
		}
		if (end < doc.size() && !doc.boundaryBefore(end) && doc.get(end).lower().equals("based")) {
			return end + 1; // "the London based think tank", its hyphen left out
		}
		// "Wilmington, Del.,": the state set off by commas
		if (end + 2 < doc.size() && doc.get(end).is(",") && doc.get(end + 1).capitalized()) {
			int state = end + 2;
			if (doc.get(state).is(".")) {
				state++;
			}
			if (state < doc.size() && doc.get(state).is(",")) {
				return state + 1;
			}
			if (state + 1 < doc.size() && doc.get(state).is("-") && doc.get(state + 1).lower().equals("based")
					&& !doc.boundaryBefore(state + 1)) {
				return state + 2; // "the Trenton, N.J.-based maker"
			}
		}
		return end;
	}

	/** "holding" in "holding company", "holding concern". */
	private static boolean holdingCompany(DocumentTokens doc, int k) {
		return doc.get(k).lower().equals("holding") && k + 1 < doc.size() && !doc.boundaryBefore(k + 1)
				&& isCompanyNoun(doc.get(k + 1).lower());
	}

	static boolean isCompanyNoun(String lower) {
		return COMPANY_NOUNS.contains(lower) || lower.endsWith("maker") && lower.length() > 6;
	}

}
