package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * A company that a sentence says is another's parent or unit: "Halden is the parent
 * company of Brovo Bank & Trust Co.", "Brovo Corp. is a unit of Halden Corp.", "Halden,
 * with $40 million in deposits, is the parent of the Brovo Bank", "Halden's Group Inc.,
 * the parent of the ferry line Halden's, said". The subject opens the sentence (an aside
 * set off by commas may follow it) and the other company is named right after "of", so
 * that the relation is read of two names and nothing else.
 */
final class CopularRelations {

	private static final Set<String> COPULAS = NameLexicon.words("is", "was", "remains", "became");

	private static final Set<String> RELATIONS = NameLexicon.words("parent", "unit", "subsidiary", "affiliate",
			"division", "owner");

	/**
	 * "the parent company", "a wholly owned unit": words between the article and noun.
	 */
	private static final int MAX_MODIFIERS = 3;

	/** "with about $40 million in deposits": an aside between subject and verb. */
	private static final int MAX_ASIDE_TOKENS = 12;

	private CopularRelations() {
	}

	static List<EntityFact> find(DocumentTokens doc, String text, boolean[] person) {
		List<EntityFact> facts = new ArrayList<>();
		for (int start = 0; start < doc.size(); start++) {
			if (!doc.boundaryBefore(start) && start > 0 || !doc.get(start).capitalized()
					|| OrganisationFinder.ARTICLES.contains(doc.get(start).lower())
					|| NameLexicon.FUNCTION_WORDS.contains(doc.get(start).lower())) {
				continue;
			}
			int end = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, start));
			if (person[start] || OrganisationNameRuns.placeOrPeople(doc, start, end)) {
				continue;
			}
			end = pastPossessive(doc, end);
			String relation = apposed(doc, end);
			int verb = relation == null ? afterAside(doc, end) : -1;
			relation = verb < 0 ? relation : relation(doc, verb);
			if (relation != null) {
				String name = text.substring(doc.get(start).start(), doc.get(end - 1).end());
				facts.add(new EntityFact(name, doc.get(start).start(), doc.get(end - 1).end(), name, relation));
			}
		}
		return facts;
	}

	/**
	 * "Halden's Holdings Inc.": a company's name that has a possessive inside it runs on
	 * to its suffix; {@code end} when no such name goes on.
	 */
	private static int pastPossessive(DocumentTokens doc, int end) {
		if (end + 1 >= doc.size() || !NameFinder.isPossessiveMark(doc.get(end)) || doc.boundaryBefore(end)
				|| !doc.get(end + 1).capitalized() || doc.boundaryBefore(end + 1)) {
			return end;
		}
		int longer = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, end + 1));
		return OrganisationWords.companyName(doc, end, longer) ? longer : end;
	}

	/** The verb right after the subject, or after an aside set off by commas; or -1. */
	private static int afterAside(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return -1;
		}
		if (!doc.get(end).is(",")) {
			return end;
		}
		for (int t = end + 1; t < doc.size() && t - end <= MAX_ASIDE_TOKENS && !doc.boundaryBefore(t); t++) {
			if (doc.get(t).is(",")) {
				return t + 1 < doc.size() && !doc.boundaryBefore(t + 1) ? t + 1 : -1;
			}
			if (doc.get(t).is("\"") || doc.get(t).is("(")) {
				return -1;
			}
		}
		return -1;
	}

	/** "is the parent company of Brovo Bank": "the parent company of Brovo Bank". */
	private static String relation(DocumentTokens doc, int verb) {
		if (verb + 4 >= doc.size() || !COPULAS.contains(doc.get(verb).lower())) {
			return null;
		}
		int end = phraseEnd(doc, verb + 1);
		return end < 0 ? null : doc.span(verb + 1, end);
	}

	/**
	 * "Halden Group Inc., the parent of the ferry line Halden's, said": the relation set
	 * off after the name that ends at {@code end}, or null.
	 */
	private static String apposed(DocumentTokens doc, int end) {
		if (end + 4 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(end + 1)) {
			return null;
		}
		int close = phraseEnd(doc, end + 1);
		return close < 0 || close >= doc.size()
				|| !doc.get(close).is(",") && !doc.boundaryBefore(close) && !doc.get(close).is(".") ? null
						: doc.span(end + 1, close);
	}

	/**
	 * Where "the parent company of [the auction house] Brovo Bank" that starts at its
	 * article {@code article} ends, or -1: the other company's name must close it.
	 */
	private static int phraseEnd(DocumentTokens doc, int article) {
		if (article + 3 >= doc.size() || !OrganisationFinder.ARTICLES.contains(doc.get(article).lower())) {
			return -1;
		}
		int noun = skipModifiers(doc, article + 1);
		if (noun < 0 || noun >= doc.size() || !RELATIONS.contains(doc.get(noun).lower())) {
			return -1;
		}
		int of = noun + 1 < doc.size() && doc.get(noun + 1).lower().equals("company") ? noun + 2 : noun + 1;
		if (of + 1 >= doc.size() || !doc.get(of).lower().equals("of") || doc.boundaryBefore(of + 1)) {
			return -1;
		}
		int other = of + 1;
		if (doc.get(other).lower().equals("the")) {
			other = skipModifiers(doc, other + 1); // "of the auction house Brovo's"
		}
		if (other < 0 || other >= doc.size() || !doc.get(other).capitalized() || doc.boundaryBefore(other)) {
			return -1;
		}
		int otherEnd = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, other));
		if (OrganisationNameRuns.placeOrPeople(doc, other, otherEnd)) {
			return -1; // "the unit of Texas": a place, not a company
		}
		if (otherEnd < doc.size() && NameFinder.isPossessiveMark(doc.get(otherEnd)) && !doc.boundaryBefore(otherEnd)
				&& (otherEnd + 1 >= doc.size() || !doc.get(otherEnd + 1).word())) {
			otherEnd++; // "Brovo's", a name that ends in its possessive
		}
		boolean closed = otherEnd >= doc.size() || doc.boundaryBefore(otherEnd) || doc.get(otherEnd).is(",")
				|| doc.get(otherEnd).is(".") || doc.get(otherEnd).is(";");
		return closed ? otherEnd : -1;
	}

	/** Past up to three lower-case words that qualify a noun; -1 at a verb or a name. */
	private static int skipModifiers(DocumentTokens doc, int from) {
		int t = from;
		while (t < doc.size() && t - from < MAX_MODIFIERS && !RELATIONS.contains(doc.get(t).lower())
				&& !doc.get(t).capitalized()) {
			Token token = doc.get(t);
			if (!token.word() && !token.is("-") || doc.boundaryBefore(t)
					|| OrganisationFinder.VERBS.contains(token.lower())
					|| NameLexicon.PREPOSITIONS.contains(token.lower())) {
				return -1;
			}
			t++;
		}
		return t;
	}

}
