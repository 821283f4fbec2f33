package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * A sentence of its own that says what a company is by its rank or its kind among others:
 * "Brovo is the region's second-biggest shipbuilder and the country's biggest.", "Halden
 * was once one of Norway's leading makers of fishing boats.", "Tamsin, Tulsa, Okla., is a
 * shipping and freight-services holding company." The predicate must close on a noun for
 * an organisation ("shipbuilder", "makers", "company"), with only the goods after a
 * maker's noun, so that "is the first to ...", "is expected to ..." and "is bigger than
 * ..." tell nothing. The name must be a company's (a suffix here or where the text names
 * it in full) or the noun must say it is an organisation.
 */
final class RankedCopulas {

	private static final Set<String> COPULAS = NameLexicon.words("is", "was");

	/** Adverbs that may stand after the copula: "was once one of". */
	private static final Set<String> WHEN = NameLexicon.words("once", "formerly", "now", "still", "long");

	/** Owners a rank is told among without a capital: "the world's largest". */
	private static final Set<String> REALMS = NameLexicon.words("world", "nation", "country", "industry", "region",
			"state", "city", "continent", "market", "sector");

	/** Nouns of a trade a person may ply as well: read only of a company's name. */
	private static final Set<String> PEOPLE_TOO = NameLexicon.words("producer", "publisher", "distributor",
			"contractor", "rival", "competitor", "giant", "team", "band", "party", "club", "designer", "builder",
			"developer", "owner", "operator", "supplier", "wholesaler", "retailer", "brewer", "distiller", "refiner");

	/** Words that may open what follows the description after a comma. */
	private static final Set<String> GOES_ON = NameLexicon.words("and", "with", "which", "after", "having");

	private static final int MAX_NAME_TOKENS = 5;

	private static final int MAX_MODIFIERS = 5;

	private static final int MAX_GOODS_TOKENS = 16;

	private RankedCopulas() {
	}

	static List<EntityFact> find(DocumentTokens doc, String text, boolean[] person) {
		List<EntityFact> facts = new ArrayList<>();
		for (int start = 0; start < doc.size(); start++) {
			if (!doc.boundaryBefore(start) || !doc.get(start).capitalized() || !doc.get(start).word()
					|| OrganisationFinder.ARTICLES.contains(doc.get(start).lower())
					|| NameLexicon.FUNCTION_WORDS.contains(doc.get(start).lower())) {
				continue;
			}
			int end = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, start));
			if (end - start > MAX_NAME_TOKENS || end >= doc.size() || anyPerson(person, start, end)) {
				continue;
			}
			int copula = end;
			int place = SetOffPlaces.afterPlace(doc, end);
			if (place > 0) {
				copula = place; // "Tamsin, Tulsa, Okla., is ..."
			}
			if (copula + 3 >= doc.size() || doc.boundaryBefore(copula) || !COPULAS.contains(doc.get(copula).lower())) {
				continue;
			}
			String name = text.substring(doc.get(start).start(), doc.get(end - 1).end());
			int[] description = description(doc, copula + 1);
			if (description == null) {
				continue;
			}
			boolean company = CompanyTrades.company(doc, start, end, name);
			String noun = singular(doc.get(description[1]).lower());
			boolean kind = OrganisationWords.NOUNS.contains(noun) && !PEOPLE_TOO.contains(noun);
			if (!company && (!kind || place > 0)) {
				continue;
			}
			// "was once one of ..." is asked as what it once was; "is now the largest" as
			// what it is
			String adverb = doc.get(copula + 1).lower();
			boolean former = doc.get(copula).lower().equals("was")
					&& (adverb.equals("once") || adverb.equals("formerly"));
			int from = WHEN.contains(adverb) && !former ? copula + 2 : copula + 1;
			facts.add(new EntityFact(name, doc.get(start).start(), doc.get(end - 1).end(), name,
					doc.span(from, description[0])));
		}
		return facts;
	}

	/**
	 * Where the description from {@code from} ends and its noun, or null: "[once] the
	 * region's biggest shipbuilder", "[once] one of Norway's leading makers of ...", "a
	 * shipping holding company".
	 */
	private static int[] description(DocumentTokens doc, int from) {
		int t = from;
		if (WHEN.contains(doc.get(t).lower())) {
			t++;
		}
		boolean plural = false;
		if (t + 2 < doc.size() && doc.get(t).lower().equals("one") && doc.get(t + 1).lower().equals("of")) {
			plural = true;
			t += 2;
		}
		int owner = owner(doc, t);
		boolean ranked = owner > 0;
		if (ranked) {
			t = owner;
		}
		else if (!plural && (doc.get(t).lower().equals("a") || doc.get(t).lower().equals("an"))) {
			t++;
		}
		else if (plural && doc.get(t).lower().equals("the")) {
			t++;
		}
		else {
			return null;
		}
		int noun = -1;
		for (int k = t; k < doc.size() && k - t <= MAX_MODIFIERS && !doc.boundaryBefore(k); k++) {
			Token token = doc.get(k);
			String lower = token.lower();
			if (organisationNoun(lower, plural) && !token.capitalized()) {
				noun = k;
				if (closes(doc, k + 1)) {
					break;
				}
				continue; // "a holding company" after "a holding"
			}
			if (!modifier(token)) {
				break;
			}
		}
		if (noun < 0) {
			return null;
		}
		int end = noun + 1;
		if (end < doc.size() && !doc.boundaryBefore(end) && doc.get(end).lower().equals("of")
				&& MakersOf.takesGoods(singular(doc.get(noun).lower()))) {
			end = goodsEnd(doc, end + 1);
		}
		else if (ranked && end + 4 < doc.size() && doc.get(end).lower().equals("and")) {
			end = secondRank(doc, end);
		}
		return end > 0 && (closes(doc, end) || goesOn(doc, end)) ? new int[] { end, noun } : null;
	}

	/**
	 * ", having reported record profits": a clause after the description, not its words.
	 */
	private static boolean goesOn(DocumentTokens doc, int k) {
		if (k + 1 >= doc.size() || !doc.get(k).is(",") || doc.boundaryBefore(k + 1)) {
			return false;
		}
		Token next = doc.get(k + 1);
		return next.word() && !next.capitalized() && (GOES_ON.contains(next.lower()) || next.lower().endsWith("ing"));
	}

	/** After "the world's", "the U.S.'s", "Japan's": the index past the mark, or -1. */
	private static int owner(DocumentTokens doc, int t) {
		int k = t;
		if (k < doc.size() && doc.get(k).lower().equals("the")) {
			k++;
			if (k + 1 < doc.size() && REALMS.contains(doc.get(k).lower())
					&& NameFinder.isPossessiveMark(doc.get(k + 1))) {
				return k + 2;
			}
		}
		int mark = k;
		while (mark < doc.size() && mark - k < 3 && doc.get(mark).capitalized() && !doc.boundaryBefore(mark)
				&& !NameFinder.isPossessiveMark(doc.get(mark))) {
			mark++;
		}
		return mark > k && mark < doc.size() && NameFinder.isPossessiveMark(doc.get(mark)) ? mark + 1 : -1;
	}

	/** "and the country's second-largest": a second rank with its noun left out. */
	private static int secondRank(DocumentTokens doc, int and) {
		int owner = owner(doc, and + 1);
		if (owner < 0) {
			return -1;
		}
		int k = owner;
		while (k < doc.size() && k - owner < 3 && !doc.boundaryBefore(k) && modifier(doc.get(k))) {
			k++;
		}
		String last = doc.get(k - 1).lower();
		return k > owner && (last.endsWith("est") || last.endsWith("largest")) ? k : -1;
	}

	/** The goods after "makers of" to the sentence's end, commas and all. */
	private static int goodsEnd(DocumentTokens doc, int from) {
		int k = from;
		while (k < doc.size() && !doc.boundaryBefore(k) && !sentenceEnd(doc, k)) {
			Token token = doc.get(k);
			if (goesOn(doc, k)) {
				return k > from ? k : -1;
			}
			if (k - from > MAX_GOODS_TOKENS || !token.word() && !token.is(",") && !token.is("-")
					|| OrganisationFinder.VERBS.contains(token.lower())) {
				return -1;
			}
			k++;
		}
		return k > from ? k : -1;
	}

	private static boolean closes(DocumentTokens doc, int k) {
		return k >= doc.size() || doc.boundaryBefore(k) || sentenceEnd(doc, k);
	}

	private static boolean sentenceEnd(DocumentTokens doc, int k) {
		return doc.get(k).is(".") && (k + 1 >= doc.size() || doc.boundaryBefore(k + 1));
	}

	private static boolean organisationNoun(String lower, boolean plural) {
		String noun = plural ? (lower.endsWith("s") ? singular(lower) : null) : lower;
		return noun != null && (OrganisationWords.NOUNS.contains(noun) || MakersOf.takesGoods(noun));
	}

	/** "makers" gives "maker", "companies" "company". */
	private static String singular(String lower) {
		if (lower.endsWith("ies")) {
			return lower.substring(0, lower.length() - 3) + "y";
		}
		return lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1) : lower;
	}

	/** "third-largest", "most", "profitable", "financial-services", "and" inside. */
	private static boolean modifier(Token token) {
		String lower = token.lower();
		return (token.word() || token.is("-")) && !NameFinder.isPossessiveMark(token)
				&& !OrganisationFinder.ARTICLES.contains(lower) && !OrganisationFinder.VERBS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !lower.equals("than") && !lower.equals("more")
				&& !lower.equals("less");
	}

	private static boolean anyPerson(boolean[] person, int start, int end) {
		for (int t = start; t < end; t++) {
			if (person[t]) {
				return true;
			}
		}
		return false;
	}

}
