package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * A sentence that opens with a name and says what it is: "Friends of the reef is a
 * volunteer group that cleans beaches." The predicate must name a kind of organisation
 * ("group", "company", "organization") right after its article and few words, and its
 * clause runs to the sentence's end, so that "Smith is a firm believer in rules" and
 * "Kestrel is a group, its chief said" tell nothing. A name in a transcript may keep a
 * lower-case word after "of" ("Army of god"), which the capitalized runs elsewhere do not
 * take.
 */
final class CopularOrganisations {

	private static final Set<String> COPULAS = NameLexicon.words("is", "was");

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an");

	/** Words a name opening a sentence may carry between its capitals. */
	private static final Set<String> LINKS = NameLexicon.words("of", "for", "on", "the", "&");

	/** Words that refer back or point, and so name nothing: "This is a group that". */
	private static final Set<String> POINTERS = NameLexicon.words("it", "this", "that", "there", "here", "what",
			"which", "who", "he", "she", "one", "each", "everything", "nothing", "someone", "today", "most", "some",
			"many", "all", "none", "part", "much", "half", "any", "either", "neither", "another");

	/** Where the organisation's noun may be followed by more of its description. */
	private static final Set<String> CLAUSES = NameLexicon.words("that", "which", "whose", "with", "based", "founded",
			"dedicated", "devoted", "set", "formed", "known", "created", "established",
			// who owns or runs it: "a holding company owned by the Kyle family"
			"owned", "controlled", "run", "operated", "backed", "held", "jointly", "wholly", "majority-owned", "headed",
			"led");

	private static final int MAX_NAME_TOKENS = 7;

	private static final int MAX_MODIFIERS = 3;

	private static final int MAX_DESCRIPTION_TOKENS = 24;

	private CopularOrganisations() {
	}

	static List<EntityFact> find(DocumentTokens doc, String text, boolean[] person) {
		List<EntityFact> facts = new ArrayList<>();
		for (int start = 0; start < doc.size(); start++) {
			if (!doc.boundaryBefore(start)) {
				continue;
			}
			// "The Gorse Trust is a charity": the article opens the sentence, not the
			// name
			int nameStart = theBeforeName(doc, start) ? start + 1 : start;
			int copula = nameEnd(doc, nameStart, person);
			if (copula < 0) {
				continue;
			}
			int end = descriptionEnd(doc, copula + 1);
			if (end < 0) {
				end = dealRoleEnd(doc, copula + 1);
			}
			if (end > 0) {
				int nameStop = nameStart;
				while (nameStop < copula && !doc.get(nameStop).is(",")) {
					nameStop++; // "Brovex, Duluth, Ga., is": the name ends at the town
				}
				String name = doc.span(nameStart, nameStop);
				String description = doc.span(copula + 1, end);
				facts.add(new EntityFact(name, doc.get(nameStart).start(), doc.get(nameStop - 1).end(), name,
						description));
			}
		}
		return facts;
	}

	/** "The Gorse Trust": "The" opening a sentence before a capitalized name. */
	private static boolean theBeforeName(DocumentTokens doc, int start) {
		if (start + 2 >= doc.size() || !doc.get(start).lower().equals("the") || doc.boundaryBefore(start + 1)) {
			return false;
		}
		Token next = doc.get(start + 1);
		return next.word() && next.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(next.lower())
				&& !COPULAS.contains(doc.get(start + 2).lower());
	}

	/** The copula after the name that opens the sentence at {@code start}, or -1. */
	private static int nameEnd(DocumentTokens doc, int start, boolean[] person) {
		Token first = doc.get(start);
		String lower = first.lower();
		if (!first.word() || !first.capitalized() || NameLexicon.FUNCTION_WORDS.contains(lower)
				|| POINTERS.contains(lower) || ARTICLES.contains(lower) || lower.equals("the")
				|| OrganisationWords.PLACES.contains(lower) || OrganisationWords.CALENDAR.contains(lower)) {
			return -1;
		}
		int t = start;
		boolean afterLink = false;
		boolean sawPerson = false;
		while (t < doc.size() && t - start < MAX_NAME_TOKENS && !(t > start && doc.boundaryBefore(t))) {
			Token token = doc.get(t);
			if (COPULAS.contains(token.lower()) && t > start) {
				// one word may be a common noun capitalized for its place ("Television is
				// a
				// business that ...") or a word that marks a name, not one ("Army")
				boolean common = t == start + 1 && (NameLexicon.NOT_NAMES.contains(lower)
						|| OrganisationWords.NOUNS.contains(lower) || PartOfSpeech.isCommonNounLowered(doc, start));
				// "Merrill Tamsin Capital Inc. is": a company's name, whatever a person's
				// name in it made the people rules think
				boolean personal = sawPerson && !OrganisationWords.companyName(doc, start, t);
				return afterLink || common || personal ? -1 : t;
			}
			if (t > start && OrganisationWords.withAbbreviationPeriod(doc, t) > t) {
				t++; // "Brovex Co. is a holding company": the period is the name's
				continue;
			}
			if (token.is(",") && t > start && !afterLink) {
				// "Brovex, Duluth, Ga., is a holding company": the town set off is no
				// part of the name
				int copula = CopularNounPhrases.afterPlaceSetOff(doc, t);
				if (copula > 0) {
					boolean personal = sawPerson && !OrganisationWords.companyName(doc, start, t);
					return personal ? -1 : copula;
				}
			}
			if (!token.word() && !token.is("&")) {
				return -1;
			}
			sawPerson |= person[t];
			boolean link = t > start && LINKS.contains(token.lower());
			// a capitalized word, a link, or a lower-case word a link opened ("Army of
			// god")
			if (!token.capitalized() && !link && !afterLink) {
				return -1;
			}
			afterLink = link;
			t++;
		}
		return -1;
	}

	/**
	 * Where "a secret organization that hates ..." ends (the sentence's period), or -1
	 * when the words after the copula do not describe an organisation.
	 */
	private static int descriptionEnd(DocumentTokens doc, int from) {
		boolean definite = from < doc.size() && doc.get(from).lower().equals("the");
		if (from + 2 >= doc.size() || doc.boundaryBefore(from)
				|| !ARTICLES.contains(doc.get(from).lower()) && !definite) {
			return -1;
		}
		int noun = from + 1;
		while (noun < doc.size() && noun - from <= MAX_MODIFIERS + 1 && !doc.boundaryBefore(noun)
				&& !OrganisationWords.NOUNS.contains(doc.get(noun).lower())) {
			Token token = doc.get(noun);
			String lower = token.lower();
			if (!token.word() && !token.is("-") || OrganisationFinder.VERBS.contains(lower)
					|| NameLexicon.PREPOSITIONS.contains(lower)
					|| lower.equals("and") && !CopularNounPhrases.coordinated(doc, from + 1, noun)
					|| definite && CopularNounPhrases.REFERRING.contains(lower)) {
				return -1;
			}
			noun++;
		}
		if (noun >= doc.size() || doc.boundaryBefore(noun) || !OrganisationWords.NOUNS.contains(doc.get(noun).lower())
				|| doc.get(noun).capitalized()) {
			return -1;
		}
		int end = noun + 1;
		if (definite) {
			// "the bank at the heart of ...": a definite noun says which one only with
			// the phrase that picks it out
			return end < doc.size() && !doc.boundaryBefore(end) && !CopularNounPhrases.pointsBack(doc, end)
					&& CopularNounPhrases.DEFINING.contains(doc.get(end).lower()) ? phraseEnd(doc, from, end) : -1;
		}
		if (end < doc.size() && !doc.boundaryBefore(end) && !sentenceStop(doc, end)) {
			if (PHRASE_LINKS.contains(doc.get(end).lower())) {
				return phraseEnd(doc, from, end);
			}
			if (sententialWhich(doc, end) || doc.get(end).is(",") && sententialWhich(doc, end + 1)) {
				return end; // "a charity, which means that ...": the clause is about the
							// sentence, not the charity
			}
			if (!CLAUSES.contains(doc.get(end).lower())) {
				return -1;
			}
			while (end < doc.size() && !doc.boundaryBefore(end) && !sentenceStop(doc, end)) {
				Token token = doc.get(end);
				if (end - from > MAX_DESCRIPTION_TOKENS || token.is(";") || token.is(":") || token.is("\"")
						|| token.is("“") || token.is("”") || SpeechVerbs.isSpeechVerb(token.lower())) {
					return -1;
				}
				end++;
			}
		}
		return withFinalAbbreviation(doc, end);
	}

	/** "which means", "which meant": a clause about the whole statement before it. */
	private static boolean sententialWhich(DocumentTokens doc, int at) {
		return at + 1 < doc.size() && doc.get(at).lower().equals("which") && !doc.boundaryBefore(at + 1)
				&& SENTENTIAL_VERBS.contains(doc.get(at + 1).lower());
	}

	private static final Set<String> SENTENTIAL_VERBS = NameLexicon.words("means", "meant");

	/** Prepositions whose phrase after the noun says what the organisation does. */
	private static final Set<String> PHRASE_LINKS = NameLexicon.words("of", "for", "to", "in", "on");

	/**
	 * "a supplier of small trucks, and the merger will ...", "a holding company for
	 * Brovex Inc., which ...": the prepositional phrase after the noun, up to the comma
	 * that ends it or the sentence's period; -1 when the sentence reports someone's words
	 * or the phrase runs too long.
	 */
	private static int phraseEnd(DocumentTokens doc, int from, int link) {
		int end = link + 1;
		while (end < doc.size() && !doc.boundaryBefore(end) && !sentenceStop(doc, end) && !doc.get(end).is(",")
				&& !doc.get(end).is(";") && !doc.get(end).is("(")) {
			end++;
		}
		if (end == link + 1 || end - from > MAX_DESCRIPTION_TOKENS) {
			return -1;
		}
		for (int t = from; t < doc.size() && (t == from || !doc.boundaryBefore(t)); t++) {
			Token token = doc.get(t);
			if (token.is("\"") || token.is("\u201c") || token.is("\u201d") || SpeechVerbs.isSpeechVerb(token.lower())) {
				return -1; // "..., its chief said": the sentence reports someone's words
			}
		}
		return withFinalAbbreviation(doc, end);
	}

	/** Parts a firm plays in a deal: "the lead arranger for the loan". */
	private static final Set<String> DEAL_ROLES = NameLexicon.words("underwriter", "underwriters", "adviser", "advisor",
			"trustee", "guarantor", "auditor", "arranger", "bookrunner", "dealer-manager", "depositary", "registrar");

	/** Words that say how a firm shares its part in a deal. */
	private static final Set<String> DEAL_SHARES = NameLexicon.words("sole", "lead", "co-lead", "principal", "main",
			"financial", "legal", "exclusive", "senior", "joint");

	private static final Set<String> DEAL_LINKS = NameLexicon.words("for", "to", "on", "in");

	/**
	 * "the lead arranger for the loan", "the financial adviser to Brovex": where the part
	 * the firm plays ends (the sentence's period), or -1.
	 */
	private static int dealRoleEnd(DocumentTokens doc, int from) {
		if (from + 3 >= doc.size() || doc.boundaryBefore(from) || !doc.get(from).lower().equals("the")) {
			return -1;
		}
		int role = from + 1;
		while (role - from <= 2 && DEAL_SHARES.contains(doc.get(role).lower())) {
			role++;
		}
		if (role + 2 >= doc.size() || doc.boundaryBefore(role) || !DEAL_ROLES.contains(doc.get(role).lower())
				|| !DEAL_LINKS.contains(doc.get(role + 1).lower())) {
			return -1;
		}
		int end = role + 2;
		while (end < doc.size() && !doc.boundaryBefore(end) && !sentenceStop(doc, end)) {
			Token token = doc.get(end);
			if (end - from > MAX_DESCRIPTION_TOKENS || token.is(",") || token.is(";") || token.is("\"") || token.is("“")
					|| SpeechVerbs.isSpeechVerb(token.lower())) {
				return -1; // "..., a spokesman said": the clause goes on
			}
			end++;
		}
		return end > role + 2 ? withFinalAbbreviation(doc, end) : -1;
	}

	/** "... to Tamsin Ltd.": the sentence's period is also the abbreviation's. */
	private static int withFinalAbbreviation(DocumentTokens doc, int end) {
		return end < doc.size() && !doc.boundaryBefore(end) ? OrganisationWords.withAbbreviationPeriod(doc, end) : end;
	}

	/**
	 * The period that ends the sentence, not one of a company's name inside the
	 * description ("a group that includes Brovex Corp. and Tamsin Ltd.").
	 */
	private static boolean sentenceStop(DocumentTokens doc, int at) {
		return doc.get(at).is(".") && (at + 1 >= doc.size() || doc.boundaryBefore(at + 1)
				|| OrganisationWords.withAbbreviationPeriod(doc, at) == at);
	}

}
