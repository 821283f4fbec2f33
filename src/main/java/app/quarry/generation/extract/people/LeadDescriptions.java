package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * A news story names its company in its opening sentence and describes it in the next
 * without naming it again: "Zentrix Corp. posted a loss. The Leeds-based software maker
 * blamed ...". The description is taken for the company only when the opening sentence
 * names no other organisation or unknown name, so that the link is the only one a reader
 * could make.
 */
final class LeadDescriptions {

	/** An opening sentence has at least this many tokens; a date line has fewer. */
	private static final int MIN_LEAD_TOKENS = 6;

	private static final int MAX_DESCRIPTION_TOKENS = 8;

	private static final Set<String> TRADE_PREPOSITIONS = NameLexicon.words("in", "into");

	private static final Set<String> JOINS = NameLexicon.words("and", "'s", "’s", "-");

	private LeadDescriptions() {
	}

	/**
	 * The company the opening sentence names, as {start, end} of its name; null when it
	 * names none, or more than one.
	 */
	static int[] company(DocumentTokens doc, boolean[] person, boolean[] named) {
		int lead = 0;
		while (lead < doc.size() && sentenceEnd(doc, lead) - lead < MIN_LEAD_TOKENS) {
			lead = sentenceEnd(doc, lead);
		}
		int next = sentenceEnd(doc, lead);
		if (next >= doc.size()) {
			return null;
		}
		int[] company = onlyName(doc, lead, next, person);
		if (company == null || anyPerson(named, company[0], company[1])
				&& !OrganisationWords.companyName(doc, company[0], company[1])) {
			return null; // a name the people rules hold may be a person's, unless it says
							// "Corp."
		}
		return company;
	}

	/** The description of the lead's company, with the company's name as its value. */
	static List<EntityFact> find(DocumentTokens doc, String text, boolean[] person, boolean[] named) {
		int[] company = company(doc, person, named);
		if (company == null) {
			return List.of();
		}
		int next = sentenceEnd(doc, company[0]);
		List<EntityFact> facts = new ArrayList<>();
		int end = sentenceEnd(doc, next);
		// another organisation named in the sentence could be what it describes, unless
		// the description is the sentence's subject: "The Leeds-based maker, the
		// county's biggest, beat rival Brovo Inc." still tells of the lead's company
		boolean othersNamed = otherName(doc, next, end, person, company);
		for (int t = next; t < end && facts.isEmpty(); t++) {
			int last = trade(doc, t, next) ? -1 : descriptionEnd(doc, t, end);
			boolean subject = t == next && last + 1 < end && !doc.get(last + 1).capitalized();
			if (last > 0 && (!othersNamed || subject)) {
				String name = doc.span(company[0], company[1]);
				int from = doc.get(t).start();
				int to = doc.get(last).end();
				String description = "the " + doc.span(t + 1, last + 1);
				facts.add(new EntityFact(text.substring(from, to), from, to, name, description));
			}
		}
		return facts;
	}

	/**
	 * The one capitalized run of the sentence that no rule took for a person, a place or
	 * a date, as {start, end}; null when there is none or more than one.
	 */
	private static int[] onlyName(DocumentTokens doc, int from, int to, boolean[] person) {
		int[] found = null;
		int t = from;
		while (t < to) {
			Token token = doc.get(t);
			if (!token.capitalized() || NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				t++;
				continue;
			}
			int end = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, t));
			// a person's run is passed over before the other tests: one of them asks the
			// part-of-speech model, which costs more than the rest of the reading
			if (!anyPerson(person, t, end) && !placeOrOrdinaryWord(doc, from, t, end)) {
				if (found != null) {
					return null;
				}
				found = new int[] { t, end };
			}
			t = end;
		}
		return found;
	}

	/**
	 * Whether the capitalized run from {@code t} to {@code end} names a place, people or
	 * a date, or is the sentence's first word read as an ordinary word.
	 */
	private static boolean placeOrOrdinaryWord(DocumentTokens doc, int from, int t, int end) {
		return OrganisationNameRuns.placeOrPeople(doc, t, end) || calendar(doc, t, end)
				|| t == from && end == t + 1 && !OrganisationWords.companyName(doc, t, end)
						&& !PartOfSpeech.isProperNounAtSentenceStart(doc, t, end);
	}

	/**
	 * A name in the sentence that is not the company's, nor a person's, a place's or a
	 * qualifier ("Leeds-based").
	 */
	private static boolean otherName(DocumentTokens doc, int from, int to, boolean[] person, int[] company) {
		Set<String> companyWords = new java.util.HashSet<>();
		for (int t = company[0]; t < company[1]; t++) {
			companyWords.add(doc.get(t).lower());
		}
		int t = from;
		while (t < to) {
			Token token = doc.get(t);
			if (!token.capitalized() || t == from && NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				t++;
				continue;
			}
			int end = OrganisationNameRuns.runEnd(doc, t);
			boolean known = true;
			for (int w = t; w < end; w++) {
				known &= companyWords.contains(doc.get(w).lower());
			}
			if (!known && !anyPerson(person, t, end) && !OrganisationNameRuns.placeOrPeople(doc, t, end)
					&& !OrganisationShapes.qualifier(doc, t, end) && !NameLexicon.HONORIFICS.contains(token.lower())) {
				return true;
			}
			t = end;
		}
		return false;
	}

	/**
	 * "the Leeds-based software maker", "the computer maker and defense-electronics
	 * concern", "the British chemical company" (a people's name only qualifies): from
	 * "the" at {@code the}, lower-case words up to the last noun of an organisation, with
	 * a word before it; the index of that noun, or -1.
	 */
	private static int descriptionEnd(DocumentTokens doc, int the, int end) {
		if (!doc.get(the).lower().equals("the")) {
			return -1;
		}
		int last = -1;
		for (int t = the + 1; t < end && t - the <= MAX_DESCRIPTION_TOKENS; t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (!token.word() && !JOINS.contains(lower)
					|| token.capitalized() && !OrganisationShapes.qualifier(doc, t, t + 1)
							&& !OrganisationNameRuns.placeOrPeople(doc, t, t + 1)
					|| OrganisationFinder.VERBS.contains(lower) || NameLexicon.PREPOSITIONS.contains(lower)
					|| NameLexicon.FUNCTION_WORDS.contains(lower) && !JOINS.contains(lower)
					|| last > 0 && lower.endsWith("ed")) {
				break; // "the airline credited ...": after the noun, a past tense is the
						// verb
			}
			if (OrganisationWords.NOUNS.contains(lower) && !OrganisationWords.NOUNS.contains(doc.get(t - 1).lower())) {
				last = t;
			}
		}
		if (last < the + 2 || last + 1 < end && doc.get(last + 1).lower().equals("of")) {
			return -1; // "the company" alone; "the maker of ..." says what it makes
		}
		if (last + 1 < end && !CompanyDescriptions.endsPhrase(doc.get(last + 1))
				&& !NameFinder.isPossessiveMark(doc.get(last + 1))) {
			return -1; // "the drug company executives": the noun only qualifies another
		}
		for (int t = the + 1; t < last; t++) {
			if (CompanyDescriptions.UNTELLING.contains(doc.get(t).lower())) {
				return -1; // "the troubled company" tells which, not what, it is
			}
		}
		return last;
	}

	/**
	 * "its place in the telecommunications business": a description after "in" or "into"
	 * is the trade the company works in, not the company.
	 */
	private static boolean trade(DocumentTokens doc, int the, int sentenceStart) {
		return the > sentenceStart && TRADE_PREPOSITIONS.contains(doc.get(the - 1).lower());
	}

	private static boolean calendar(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			if (OrganisationWords.CALENDAR.contains(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

	private static boolean anyPerson(boolean[] person, int from, int to) {
		for (int t = from; t < to; t++) {
			if (person[t]) {
				return true;
			}
		}
		return false;
	}

	private static int sentenceEnd(DocumentTokens doc, int start) {
		int end = start + 1;
		while (end < doc.size() && !doc.boundaryBefore(end)) {
			end++;
		}
		return end;
	}

}
