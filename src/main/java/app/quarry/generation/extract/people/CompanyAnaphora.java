package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * A business story names a company once and then varies how it refers to it: "Brovex
 * Corp. said ... But the pharmaceutical company said ...", "The Tulsa, Okla., company
 * earned ...", "a gloomy outlook by the snack maker", "Norway's largest grocery chain
 * said". The description is the named company's when that company is the last one named
 * before it, in its sentence or the two before, with no other organisation named or
 * introduced ("a Dutch firm") in between: the link a reader makes without a second
 * thought.
 */
final class CompanyAnaphora {

	private static final int MAX_DESCRIPTION_TOKENS = 10;

	/** Sentences before the description's own in which its company may be named. */
	private static final int SENTENCES_BACK = 2;

	/** Nouns a story calls a company by; relations ("rival", "unit") name another. */
	private static final Set<String> COMPANY_NOUNS = NameLexicon.words("company", "concern", "firm", "maker",
			"manufacturer", "producer", "operator", "retailer", "supplier", "publisher", "insurer", "lender", "bank",
			"airline", "carrier", "conglomerate", "brewer", "distiller", "refiner", "utility", "railroad", "chain",
			"brokerage", "thrift", "distributor", "wholesaler", "giant", "automaker", "steelmaker", "chipmaker",
			"drugmaker", "developer", "partnership");

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
			"suitor", "joint", "venture", "shell", "unnamed", "unidentified", "foreign", "domestic", "local", "next");

	/** Lower-case possessors of a superlative: "the nation's largest brewer". */
	private static final Set<String> REALMS = NameLexicon.words("nation", "country", "world", "state", "city",
			"industry");

	/** Words that introduce an organisation no name was given: "a Dutch firm". */
	private static final Set<String> INDEFINITES = NameLexicon.words("a", "an", "another", "one");

	private static final Set<String> AFFILIATIONS = NameLexicon.words("of", "at", "with", "for", "from");

	private static final Set<String> PREDICATIVE = NameLexicon.words("is", "was", "be", "been", "as", "remains",
			"became", "becomes");

	private CompanyAnaphora() {
	}

	static List<EntityFact> find(DocumentTokens doc, String text, boolean[] person, boolean[] named, int[] lead) {
		List<EntityFact> facts = new ArrayList<>();
		for (int t = 0; t < doc.size(); t++) {
			int[] found = description(doc, t);
			if (found == null) {
				continue;
			}
			int last = found[1];
			String name = referent(doc, found[0], person, named, lead);
			if (name != null) {
				Token from = doc.get(t);
				String description = doc.get(t).lower().equals("the") ? "the " + doc.span(t + 1, last + 1)
						: doc.span(t, last + 1);
				facts.add(new EntityFact(text.substring(from.start(), doc.get(last).end()), from.start(),
						doc.get(last).end(), name, description));
			}
			t = last;
		}
		return facts;
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
			boolean word = token.word() && !token.capitalized() && !OrganisationFinder.VERBS.contains(lower)
					&& !NameLexicon.PREPOSITIONS.contains(lower)
					&& (!NameLexicon.FUNCTION_WORDS.contains(lower) || lower.equals("and") && k > first);
			if (!word) {
				break;
			}
			if (isCompanyNoun(lower)) {
				noun = k;
				if (k + 1 < doc.size() && !doc.boundaryBefore(k + 1) && !isCompanyNoun(doc.get(k + 1).lower())
						&& !doc.get(k + 1).lower().equals("and")) {
					k++;
					// "the Tulsa company earned": what follows the noun is no part of it
					break;
				}
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
		if (noun < 0 || noun + 1 != k || untelling || !telling || noun == first && doc.get(t).lower().equals("the")) {
			return null;
		}
		if (k < doc.size() && !doc.boundaryBefore(k) && !endsPhrase(doc.get(k))) {
			// "the cereal maker Zentrix", "the maker of ...", "the copier company
			// executives"
			return null;
		}
		return new int[] { t, noun };
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
				return superlative(doc, t + 3) ? t + 4 : -1;
			}
			return t + 1 < doc.size() && !doc.boundaryBefore(t + 1) ? t + 1 : -1;
		}
		// "Canada's largest ...", only at a sentence's start where no "the" could stand
		if (!doc.startsSentence[t] || !token.capitalized() || t + 2 >= doc.size()
				|| !OrganisationWords.PLACES.contains(token.lower()) && !placeLike(doc, t)) {
			return -1;
		}
		return NameFinder.isPossessiveMark(doc.get(t + 1)) && superlative(doc, t + 2) ? t + 3 : -1;
	}

	private static boolean superlative(DocumentTokens doc, int t) {
		return t < doc.size() && !doc.boundaryBefore(t) && doc.get(t).lower().endsWith("est")
				&& doc.get(t).lower().length() > 5;
	}

	/** A place the name lexicon or the part-of-speech model knows as one. */
	private static boolean placeLike(DocumentTokens doc, int t) {
		return NameLexicon.NOT_NAMES.contains(doc.get(t).lower());
	}

	/**
	 * "St. Louis", "New Hampshire", "Wilmington, Del.,", "San Antonio, Texas,",
	 * "Atlanta-based": a place qualifying the noun; the index after it, or {@code k}.
	 */
	private static int placeEnd(DocumentTokens doc, int k) {
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
		// "Wilmington, Del.,": the state set off by commas
		if (end + 2 < doc.size() && doc.get(end).is(",") && doc.get(end + 1).capitalized()) {
			int state = end + 2;
			if (doc.get(state).is(".")) {
				state++;
			}
			if (state < doc.size() && doc.get(state).is(",")) {
				return state + 1;
			}
		}
		return end;
	}

	private static boolean isCompanyNoun(String lower) {
		return COMPANY_NOUNS.contains(lower) || lower.endsWith("maker") && lower.length() > 6;
	}

	/**
	 * The company the description at {@code at} refers back to: the last name before it
	 * that no rule took for a person, a place or a date, when nothing else in its
	 * sentence or since is another organisation; by the lead company's full name when it
	 * is that company's short one.
	 */
	private static String referent(DocumentTokens doc, int at, boolean[] person, boolean[] named, int[] lead) {
		int firstSentence = Math.max(0, doc.sentence[at] - SENTENCES_BACK);
		Set<String> leadWords = lead == null ? Set.of() : words(doc, lead[0], lead[1]);
		List<int[]> runs = new ArrayList<>();
		// where a name the rules hold for no one's in particular last was
		int unsure = -1;
		int t = at - 1;
		while (t >= 0 && doc.sentence[t] >= firstSentence) {
			t--;
		}
		for (int k = t + 1; k < at; k++) {
			Token token = doc.get(k);
			boolean title = NameLexicon.isRoleNoun(token.lower()) && k + 1 < at && (named[k + 1] || person[k + 1]);
			if (!token.capitalized() || token.text().length() == 1 || title) {
				continue; // "Chairman Ann Lee": the title goes with the person
			}
			int end = Math.min(at, OrganisationWords.withAbbreviationPeriod(doc, OrganisationFinder.runEnd(doc, k)));
			boolean startsNamed = named[k] || person[k];
			for (int w = k + 1; w < end; w++) {
				if ((named[w] || person[w]) != startsNamed || NameLexicon.isRoleNoun(doc.get(w).lower())) {
					// "Halden Chairman Ann Lee": the company is what comes before
					end = w;
					break;
				}
			}
			end = Math.min(at, possessiveNameEnd(doc, end));
			Set<String> words = words(doc, k, end);
			boolean ofLead = !words.isEmpty() && leadWords.containsAll(words);
			if ((named[k] || person[k]) && !ofLead) {
				// "its chairman, Rita Hagen,": set off after a role, a person
				boolean titled = k > 1 && doc.get(k - 1).is(",") && NameLexicon.isRoleNoun(doc.get(k - 2).lower());
				boolean shown = person[k];
				while (k + 1 < at && (named[k + 1] || person[k + 1])) {
					shown |= person[++k];
				}
				if (!shown && !titled) {
					// "Garvin Foods stopped work": a company's name, or a person's
					unsure = k;
				}
				continue;
			}
			if (!ofLead && affiliation(doc, k, person, named)) {
				// "an analyst at Tellwin Co.": a story describes its subject, not the
				// firm of someone it quotes
				k = end - 1;
				continue;
			}
			if (ofLead || !other(doc, k, end, person)) {
				runs.add(new int[] { k, end });
			}
			else if (end == k + 1 && doc.startsSentence[k] && verbAfter(doc, end)) {
				unsure = k; // "Brovo said": a name the tagger does not know as one
			}
			k = end - 1;
		}
		if (runs.isEmpty()) {
			return null;
		}
		int[] nearest = runs.get(runs.size() - 1);
		Set<String> words = words(doc, nearest[0], nearest[1]);
		for (int[] run : runs) {
			if (!sameCompany(words, words(doc, run[0], run[1]))) {
				// "Halden's Brovo unit ... the Ohio company": either may be meant
				return null;
			}
		}
		if (unsure > nearest[0] || words.isEmpty() || introducedBetween(doc, nearest[1], at)) {
			return null;
		}
		if (!leadWords.isEmpty() && leadWords.containsAll(words)) {
			return doc.span(lead[0], lead[1]);
		}
		if (!OrganisationWords.companyName(doc, nearest[0], nearest[1]) && anyOf(named, nearest[0], nearest[1])) {
			return null;
		}
		return fullName(doc, words, at, doc.span(nearest[0], nearest[1]));
	}

	/**
	 * "Intelogic" by the name the story first gave it, "Intelogic Trace Inc.": the first
	 * company's name before {@code at} with all of the words.
	 */
	private static String fullName(DocumentTokens doc, Set<String> words, int at, String found) {
		for (int t = 0; t < at; t++) {
			if (!doc.get(t).capitalized()) {
				continue;
			}
			int end = OrganisationWords.withAbbreviationPeriod(doc, OrganisationFinder.runEnd(doc, t));
			if (OrganisationWords.companyName(doc, t, end) && words(doc, t, end).containsAll(words)) {
				return doc.span(t, Math.min(end, at));
			}
			t = end - 1;
		}
		return found;
	}

	/**
	 * A person, a place or its people, a date, a qualifier, an honorific, or a sentence's
	 * capitalized first function word.
	 */
	private static boolean other(DocumentTokens doc, int start, int end, boolean[] person) {
		String lower = doc.get(start).lower();
		boolean companyName = OrganisationWords.companyName(doc, start, end);
		return NameLexicon.FUNCTION_WORDS.contains(lower) || NameLexicon.HONORIFICS.contains(lower)
				|| anyOf(person, start, end) && !companyName || OrganisationFinder.placeOrPeople(doc, start, end)
				|| OrganisationShapes.qualifier(doc, start, end) || calendar(doc, start, end)
				|| end == start + 1 && doc.startsSentence[start] && !companyName
						&& !PartOfSpeech.isProperNounAtSentenceStart(doc, start, end);
	}

	private static boolean verbAfter(DocumentTokens doc, int t) {
		if (t >= doc.size() || doc.boundaryBefore(t) || doc.get(t).capitalized() || !doc.get(t).word()) {
			return false;
		}
		String lower = doc.get(t).lower();
		return OrganisationFinder.VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower) || lower.endsWith("ed");
	}

	/**
	 * "Hudson's Bay Co.": a possessive inside a company's name, which the run of capitals
	 * stops at; the end of the whole name, or {@code end}.
	 */
	private static int possessiveNameEnd(DocumentTokens doc, int end) {
		if (end + 1 >= doc.size() || !NameFinder.isPossessiveMark(doc.get(end)) || !doc.get(end + 1).capitalized()) {
			return end;
		}
		int after = OrganisationWords.withAbbreviationPeriod(doc, OrganisationFinder.runEnd(doc, end + 1));
		return OrganisationWords.companyName(doc, end, after) ? after : end;
	}

	/** "Ann Lee of Tellwin Co.", "an analyst at Tellwin Co.": a person's organisation. */
	private static boolean affiliation(DocumentTokens doc, int start, boolean[] person, boolean[] named) {
		if (start < 2 || doc.boundaryBefore(start) || !AFFILIATIONS.contains(doc.get(start - 1).lower())) {
			return false;
		}
		int before = start - 2;
		return person[before] || named[before] || NameLexicon.isRoleNoun(doc.get(before).lower());
	}

	/** "a Dutch firm is seeking ...": an organisation met without a name. */
	private static boolean introducedBetween(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			if (!INDEFINITES.contains(doc.get(t).lower()) || t > 0 && PREDICATIVE.contains(doc.get(t - 1).lower())) {
				continue; // "the company is a supplier" says what it is
			}
			for (int k = t + 1; k < Math.min(to, t + 5); k++) {
				if (isCompanyNoun(doc.get(k).lower()) || OrganisationWords.NOUNS.contains(doc.get(k).lower())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean sameCompany(Set<String> a, Set<String> b) {
		return a.containsAll(b) || b.containsAll(a);
	}

	private static Set<String> words(DocumentTokens doc, int from, int to) {
		Set<String> words = new HashSet<>();
		for (int t = from; t < to; t++) {
			Token token = doc.get(t);
			if (token.word() && !OrganisationWords.COMPANY_SUFFIXES.contains(token.lower())) {
				words.add(token.lower());
			}
		}
		return words;
	}

	private static boolean calendar(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			if (OrganisationWords.CALENDAR.contains(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

	private static boolean anyOf(boolean[] marks, int from, int to) {
		for (int t = from; t < to; t++) {
			if (marks[t]) {
				return true;
			}
		}
		return false;
	}

}
