package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.OrganisationNameRuns.MAX_NAME_TOKENS;
import static app.quarry.generation.extract.people.OrganisationFinder.VERBS;

/**
 * An organisation described by its relation to another, set off by a comma before its
 * name: "Boeing's European rival, Airbus,", "Acme's parent company, Borex", and with
 * "its" for the organisation the sentence, or the one before it, is about: "General
 * Motors said it would cut jobs at its European division, Opel" (General Motors' European
 * division).
 */
final class OrganisationRelations {

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/** Adjectives of a description that the name rules count as function words. */
	private static final Set<String> AGE_WORDS = NameLexicon.words("new", "old", "former", "top", "senior");

	private static final Set<String> OWNERS = NameLexicon.words("owner", "owners", "parent");

	/** What a company calls the businesses it owns. */
	private static final Set<String> UNITS = NameLexicon.words("unit", "subsidiary", "division", "affiliate", "arm",
			"business");

	/** "disk-drive" in "Zentrix's Brovo disk-drive business" (a hyphen is a token). */
	private static final int MAX_UNIT_MODIFIERS = 3;

	private OrganisationRelations() {
	}

	/**
	 * "Zentrix Corp.'s Brovo Foods unit" and "the Brovo Foods unit of Zentrix Corp.": "a
	 * unit of Zentrix Corp."; with words that say what the unit does, "Zentrix's Brovo
	 * disk-drive business" is "Zentrix's disk-drive business", and "Zentrix closed its
	 * Brovo Inc. tile business" the same of Zentrix.
	 */
	static String unitOf(DocumentTokens doc, int start, int end, String leadCompany) {
		int nounAt = end;
		while (nounAt < doc.size() && nounAt - end <= MAX_UNIT_MODIFIERS && !doc.boundaryBefore(nounAt)
				&& !UNITS.contains(doc.get(nounAt).lower()) && unitModifier(doc.get(nounAt))) {
			nounAt++;
		}
		if (nounAt + 1 >= doc.size() || doc.boundaryBefore(nounAt) || !UNITS.contains(doc.get(nounAt).lower())
				|| nounAt == end && doc.get(nounAt).lower().equals("business")) {
			return null; // "Brovo business" alone may be business done with Brovo
		}
		String what = doc.span(nounAt, nounAt + 1);
		if (nounAt > end) {
			what = doc.span(end, nounAt + 1);
		}
		String unit = (what.startsWith("a") || what.startsWith("e") || what.startsWith("i") || what.startsWith("o")
				? "an " : "a ") + what + " of ";
		if (start >= 2 && doc.get(start - 1).lower().equals("the") && doc.get(nounAt + 1).lower().equals("of")
				&& nounAt + 2 < doc.size() && doc.get(nounAt + 2).capitalized() && !doc.boundaryBefore(nounAt + 2)) {
			int ownerEnd = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, nounAt + 2));
			return unit + doc.span(nounAt + 2, ownerEnd);
		}
		String owner = start >= 3 && doc.get(start - 1).lower().equals("its") && !doc.boundaryBefore(start)
				? subjectOfVerb(doc, start - 2) : possessiveOwner(doc, start);
		if (owner != null && owner.equalsIgnoreCase("company")) {
			owner = leadCompany; // "the company's Brovo unit": the company the story is
									// about
		}
		if (owner == null) {
			return null;
		}
		return nounAt == end ? unit + owner : owner + (owner.endsWith("s") ? "' " : "'s ") + what;
	}

	/** "Zentrix Corp.'s" right before {@code start}: "Zentrix Corp.", or null. */
	private static String possessiveOwner(DocumentTokens doc, int start) {
		int mark = start - 1;
		if (mark >= 1 && doc.get(mark).lower().equals("s") && doc.get(mark - 1).is("'")) {
			mark--; // "Co.'s" splits its possessive
		}
		else if (mark < 1 || !NameFinder.isPossessiveMark(doc.get(mark))) {
			return null;
		}
		int ownerEnd = mark;
		int owner = mark;
		if (owner >= 2 && doc.get(owner - 1).is(".")
				&& OrganisationWords.COMPANY_ABBREVIATIONS.contains(doc.get(owner - 2).lower())) {
			owner--;
		}
		while (owner > 0 && ownerEnd - owner < MAX_NAME_TOKENS && !doc.boundaryBefore(owner)
				&& (doc.get(owner - 1).capitalized() || doc.get(owner - 1).is("&"))
				&& !ARTICLES.contains(doc.get(owner - 1).lower())) {
			owner--;
		}
		if (doc.boundaryBefore(start) || doc.boundaryBefore(mark)) {
			return null;
		}
		if (owner == ownerEnd) {
			boolean theCompany = owner >= 2 && doc.get(owner - 1).lower().equals("company")
					&& doc.get(owner - 2).lower().equals("the") && !doc.boundaryBefore(owner - 1);
			return theCompany ? "company" : null;
		}
		return doc.span(owner, ownerEnd);
	}

	/**
	 * "Zentrix closed its": the name right before the one verb before "its", whose "its"
	 * it is; null when the words there are no name and a verb.
	 */
	private static String subjectOfVerb(DocumentTokens doc, int verb) {
		Token token = doc.get(verb);
		if (verb < 1 || doc.boundaryBefore(verb) || !token.word() || token.capitalized()
				|| NameLexicon.FUNCTION_WORDS.contains(token.lower())
				|| NameLexicon.PREPOSITIONS.contains(token.lower())) {
			return null;
		}
		int owner = verb;
		while (owner > 0 && verb - owner < MAX_NAME_TOKENS && doc.get(owner - 1).capitalized()
				&& !ARTICLES.contains(doc.get(owner - 1).lower())
				&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(owner - 1).lower())) {
			owner--;
			if (doc.boundaryBefore(owner)) {
				break;
			}
		}
		boolean honorific = NameLexicon.HONORIFICS.contains(doc.get(owner).lower()); // "Mr.
																						// Lee
																						// said
																						// its"
		return owner < verb && !honorific && !OrganisationNameRuns.placeOrPeople(doc, owner, verb)
				? doc.span(owner, verb) : null;
	}

	/** A lower-case word that says what a unit does: "disk-drive", "foods". */
	private static boolean unitModifier(Token token) {
		String lower = token.lower();
		return (token.word() || token.is("-")) && !token.capitalized() && !ARTICLES.contains(lower)
				&& !VERBS.contains(lower) && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !lower.equals("and");
	}

	/**
	 * The relation that ends with a comma right before {@code start}, or null. An
	 * "owner", a "parent", a "shareholder" or an "arm" may be a person's too, so it is
	 * taken only for a name that says it is a company's ("Acme's owner, Halden & Co.").
	 */
	static String possessedBefore(DocumentTokens doc, int start, int end) {
		int nounAt = start - 2;
		if (nounAt < 2 || !doc.get(start - 1).is(",") || doc.boundaryBefore(start) || doc.boundaryBefore(start - 1)
				|| doc.get(nounAt).capitalized()) {
			return null;
		}
		String noun = doc.get(nounAt).lower();
		if (!OrganisationWords.NOUNS.contains(noun)
				&& !((OWNERS.contains(noun) || OrganisationWords.HOLDERS.contains(noun)
						|| OrganisationWords.UNITS.contains(noun)) && OrganisationWords.companyName(doc, start, end))) {
			return null;
		}
		int mark = nounAt - 1;
		while (mark > 0 && nounAt - mark <= 4 && !doc.boundaryBefore(mark + 1)
				&& !NameFinder.isPossessiveMark(doc.get(mark)) && !StatedPlaces.pluralPossessive(doc, mark)
				&& !its(doc, mark)) {
			Token token = doc.get(mark);
			String lower = token.lower();
			if (!token.word() || ARTICLES.contains(lower) || VERBS.contains(lower)
					|| NameLexicon.FUNCTION_WORDS.contains(lower) && !AGE_WORDS.contains(lower)
					|| NameLexicon.PREPOSITIONS.contains(lower)) {
				return null;
			}
			mark--;
		}
		if (its(doc, mark)) {
			// "Acme bought Brovo and its subsidiary, Delta": "its" is Brovo's, which
			// OwnedUnits reads
			String owner = mark >= 1 && doc.get(mark - 1).lower().equals("and") ? null : ownerOfIts(doc, mark);
			return owner == null ? null : owner + (owner.endsWith("s") ? "' " : "'s ") + doc.span(mark + 1, nounAt + 1);
		}
		// "the Rolling Stones' record company, Velvet Records": a plural owner's bare
		// apostrophe marks it as "'s" does
		boolean possessive = NameFinder.isPossessiveMark(doc.get(mark)) || StatedPlaces.pluralPossessive(doc, mark);
		if (mark < 1 || !possessive || doc.boundaryBefore(mark)) {
			return null;
		}
		int ownerEnd = mark;
		if (mark >= 2 && doc.get(mark - 1).is(".")
				&& OrganisationWords.COMPANY_ABBREVIATIONS.contains(doc.get(mark - 2).lower())) {
			ownerEnd--; // "Halden Corp.'s"
		}
		int owner = ownerEnd;
		while (owner > 0 && ownerEnd - owner < MAX_NAME_TOKENS && !doc.boundaryBefore(owner)
				&& doc.get(owner - 1).capitalized() && !ARTICLES.contains(doc.get(owner - 1).lower())) {
			owner--;
		}
		if (owner == ownerEnd) {
			return null;
		}
		return doc.span(owner, nounAt + 1);
	}

	/**
	 * "Airbus is owned by European Aeronautic Defense & Space Company (EADS)": the owner
	 * of the sentence's subject, named by its short name when the text gives one in
	 * brackets.
	 */
	static String ownerOf(DocumentTokens doc, int start, int end) {
		int by = start - 1;
		if (start >= 2 && doc.get(start - 1).is("(") && end < doc.size() && doc.get(end).is(")")) {
			// the short name in brackets after the full one
			int fullEnd = start - 1;
			int fullStart = fullEnd;
			while (fullStart > 0 && !doc.boundaryBefore(fullStart)
					&& (doc.get(fullStart - 1).capitalized() || doc.get(fullStart - 1).is("&"))) {
				fullStart--;
			}
			by = fullStart == fullEnd ? -1 : fullStart - 1;
		}
		else if (end < doc.size() && doc.get(end).is("(")) {
			return null; // the short name that follows is asked instead
		}
		if (by < 3 || doc.boundaryBefore(by + 1) || !doc.get(by).lower().equals("by")
				|| !doc.get(by - 1).lower().equals("owned") || !COPULAS.contains(doc.get(by - 2).lower())) {
			return null;
		}
		int subjectEnd = by - 2;
		int subjectStart = subjectEnd;
		while (subjectStart > 0 && !doc.boundaryBefore(subjectStart) && doc.get(subjectStart - 1).capitalized()) {
			subjectStart--;
		}
		boolean opens = subjectStart < subjectEnd
				&& (doc.boundaryBefore(subjectStart) || doc.get(subjectStart - 1).is(","));
		return opens ? "the owner of " + doc.span(subjectStart, subjectEnd) : null;
	}

	private static final Set<String> COPULAS = NameLexicon.words("is", "was", "are", "were");

	/** Words between a subject and its verb: "Acme also sold". */
	private static final Set<String> ADVERBS_BEFORE_VERB = NameLexicon.words("also", "now", "still", "recently",
			"previously", "earlier", "later");

	/**
	 * "Meanwhile,", "Separately,", "However,": a word that opens the sentence with a
	 * comma and is an adverb or a link, not a name.
	 */
	private static boolean opener(DocumentTokens doc, int t) {
		String lower = doc.get(t).lower();
		return t + 1 < doc.size() && doc.get(t + 1).is(",")
				&& (NameLexicon.FUNCTION_WORDS.contains(lower) || SENTENCE_ADVERBS.contains(lower));
	}

	private static final Set<String> SENTENCE_ADVERBS = NameLexicon.words("separately", "additionally", "similarly",
			"consequently", "previously", "currently", "finally", "recently", "earlier", "later", "yesterday", "today",
			"elsewhere", "overall", "nonetheless", "nevertheless", "likewise", "accordingly", "initially");

	private static boolean its(DocumentTokens doc, int t) {
		return t >= 0 && doc.get(t).lower().equals("its");
	}

	/**
	 * The organisation "its" at {@code its} stands for: the subject of its own sentence
	 * ("The US car manufacturer General Motors said that it would ... its"), or, when
	 * nothing before "its" in the sentence names one, the subject of the sentence before
	 * ("Airbus has announced ... The news comes as its parent company, EADS").
	 */
	static String ownerOfIts(DocumentTokens doc, int its) {
		int sentenceStart = its;
		while (sentenceStart > 0 && !doc.boundaryBefore(sentenceStart)) {
			sentenceStart--;
		}
		if (its > sentenceStart && inLeadIn(doc, sentenceStart, its)) {
			// "Despite problems in its paper business, Acme Corp. posted": the lead-in's
			// "its" is the company the sentence goes on to name, not one before it
			return null;
		}
		String subject = subjectOf(doc, sentenceStart, its);
		if (subject != null || sentenceStart == 0) {
			return subject;
		}
		int previous = sentenceStart - 1;
		while (previous > 0 && !doc.boundaryBefore(previous)) {
			previous--;
		}
		return subjectOf(doc, previous, sentenceStart);
	}

	/**
	 * Whether {@code its} lies in a phrase that opens the sentence with a preposition or
	 * a conjunction ("Despite ...,", "After ...,") before its first comma.
	 */
	private static boolean inLeadIn(DocumentTokens doc, int sentenceStart, int its) {
		if (!NameLexicon.FUNCTION_WORDS.contains(doc.get(sentenceStart).lower())
				|| ARTICLES.contains(doc.get(sentenceStart).lower())) {
			return false;
		}
		for (int t = sentenceStart + 1; t < its; t++) {
			if (doc.get(t).is(",")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The capitalized run among the first words of the sentence that starts at
	 * {@code from}, followed by its verb or an apposition, or null; a place ("US") only
	 * qualifies the subject.
	 */
	private static String subjectOf(DocumentTokens doc, int from, int before) {
		for (int t = from; t < Math.min(before, from + 6); t++) {
			Token token = doc.get(t);
			if (!token.capitalized() || ARTICLES.contains(token.lower())) {
				continue;
			}
			if (t == from && opener(doc, t)) {
				continue; // "Meanwhile, Acme said its unit": the adverb is no subject
			}
			int end = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, t));
			if (OrganisationNameRuns.placeOrPeople(doc, t, end)) {
				t = end - 1;
				continue;
			}
			if (end >= before || end >= doc.size()) {
				return null;
			}
			Token next = doc.get(end);
			if (ADVERBS_BEFORE_VERB.contains(next.lower()) && end + 1 < before) {
				next = doc.get(end + 1); // "Acme also sold ... to its parent"
			}
			boolean verbOrApposition = next.is(",") || next.word() && !next.capitalized()
					&& (VERBS.contains(next.lower()) || SpeechVerbs.isSpeechVerb(next.lower()));
			return verbOrApposition && !NameFinder.isPossessiveMark(next) ? doc.span(t, end) : null;
		}
		return null;
	}

}
