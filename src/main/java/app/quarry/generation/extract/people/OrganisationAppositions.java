package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * What an organisation is, told in an apposition after its name: "Magna, a Canadian
 * automobile parts company,", "Zentrix, the county's oldest lender and its only savings
 * bank,", "Brovo Ltd., one of a group of companies owned by Zentrix,".
 */
final class OrganisationAppositions {

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/**
	 * "Brovo, another large lender,": one more of a kind the story has met, which on its
	 * own is "a large lender".
	 */
	private static final String ANOTHER = "another";

	private static final int MAX_DESCRIPTION_TOKENS = 12;

	private static final Set<String> COPULAS = NameLexicon.words("is", "was");

	/** Words that open what an organisation was before: "once a small wholesaler". */
	static final Set<String> FORMERLY = NameLexicon.words("once", "formerly");

	/** "a toy maker whose stock peaked": "whose" opens a clause as "which" does. */
	private static final Set<String> RELATIVES = NameLexicon.words("that", "which", "whose");

	/** Verbs of holding another organisation or a part of it. */
	private static final Set<String> HOLDS = NameLexicon.words("owns", "controls", "owned", "controlled");

	/** "which had owned 70% of Brovo": the auxiliary of a past holding. */
	private static final Set<String> BEFORE_HOLDS = NameLexicon.words("had");

	/** Verbs of what an organisation does for its living: "which makes pumps". */
	private static final Set<String> TRADES = NameLexicon.words("makes", "produces", "publishes", "operates",
			"provides", "manufactures", "builds", "distributes");

	/** Words that make "makes it", "makes up" or "makes sense" no trade. */
	private static final Set<String> NO_TRADE = NameLexicon.words("it", "them", "up", "sense", "its", "their", "clear",
			"possible");

	private static final int MAX_HELD_TOKENS = 10;

	/** "one of a group of closely held companies owned by ..." runs longer. */
	private static final int MAX_ONE_OF_TOKENS = 16;

	private OrganisationAppositions() {
	}

	/**
	 * "Magna, a Canadian automobile parts company,"; "Halden Inc., Brovo's controlling
	 * shareholder," where the name says it is a company's; "Brovo, once a small
	 * wholesaler,"; and "Brovo, a maker of pumps that ..." up to its relative clause.
	 */
	static String after(DocumentTokens doc, int start, int end) {
		if (end + 2 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(end + 1)) {
			return null;
		}
		if (start > 1 && !doc.boundaryBefore(start) && !doc.boundaryBefore(start - 1)
				&& doc.get(start - 1).text().matches("\\d{1,3}") && doc.get(start - 2).capitalized()) {
			return null; // "Code 3 Films": the name read starts after its number, cut
							// short
		}
		int first = CopularRelativeOpeners.descriptionStart(doc, end);
		if (first + 1 >= doc.size() || doc.boundaryBefore(first)) {
			return null;
		}
		Token opener = doc.get(first);
		int owner = first; // "Halden Group's investment arm"
		while (owner < doc.size() && owner - first < OrganisationNameRuns.MAX_NAME_TOKENS
				&& doc.get(owner).capitalized() && !NameFinder.isPossessiveMark(doc.get(owner))
				&& owner + 1 < doc.size() && !doc.boundaryBefore(owner + 1)) {
			owner++;
		}
		boolean possessiveOpener = opener.capitalized() && owner > first && owner < doc.size()
				&& NameFinder.isPossessiveMark(doc.get(owner));
		boolean oneOf = opener.lower().equals("one") && first + 1 < doc.size()
				&& doc.get(first + 1).lower().equals("of");
		boolean formerly = FORMERLY.contains(opener.lower()) && ARTICLES.contains(doc.get(first + 1).lower());
		boolean another = opener.lower().equals(ANOTHER);
		// "Halvard Engines, part of the consortium,": a member of a body its noun names
		boolean partOf = opener.lower().equals("part") && doc.get(first + 1).lower().equals("of");
		if (!ARTICLES.contains(opener.lower()) && !possessiveOpener && !oneOf && !formerly && !another && !partOf) {
			return null;
		}
		if (another && doc.get(first + 1).lower().equals("of")) {
			return null; // "another of its units" says which, not what
		}
		int last = first;
		if (ARTICLES.contains(opener.lower()) && first + 1 < doc.size() && doc.get(first + 1).capitalized()) {
			// "a Dayton, Ohio, maker of valves": the place set off by commas qualifies
			int place = CompanyDescriptions.placeEnd(doc, first + 1);
			last = doc.get(place - 1).is(",") && place < doc.size() && !doc.get(place).capitalized() ? place : first;
		}
		boolean relative = false;
		while (last < doc.size() && last - first < (oneOf ? MAX_ONE_OF_TOKENS : MAX_DESCRIPTION_TOKENS)
				&& (last == first || !doc.boundaryBefore(last)) && (doc.get(last).word() || doc.get(last).is("-")
						|| abbreviationPeriod(doc, last) || CoordinateAdjectives.joins(doc, first + 1, last))) {
			if (RELATIVES.contains(doc.get(last).lower()) && last - first >= (formerly ? 4 : 3)) {
				relative = true; // what it makes or does is a clause of its own
				break;
			}
			if (RELATIVES.contains(doc.get(last).lower()) && last - first == 2 && !formerly) {
				// "a company that runs diving trips": the bare noun says little, so what
				// the clause says it does is the description
				String clause = ThingsSetOff.clause(doc, last);
				return clause.isEmpty() || !DescriptionNouns.organisationNoun(doc.get(first + 1).lower())
						|| !ARTICLES.contains(opener.lower()) ? null : doc.span(first, last) + clause;
			}
			if (OrganisationFinder.VERBS.contains(doc.get(last).lower())) {
				return null;
			}
			last++;
		}
		last = relative ? last : DescriptionLists.end(doc, first, last);
		boolean closed = relative || last >= doc.size() || doc.boundaryBefore(last) || doc.get(last).is(",")
				|| doc.get(last).is(".") || doc.get(last).is(";");
		boolean holder = !oneOf && !formerly && DescriptionNouns.holds(doc, first, last)
				&& OrganisationWords.companyName(doc, start, end);
		if (!holder && DescriptionNouns.personBeforeOrganisation(doc, first, last)) {
			return null;
		}
		if (listGoesOn(doc, last)) {
			return null; // "publishes the Post, Brovo's magazine, local newspapers and
							// ..."
		}
		if (!closed || last - first < 2 || !holder && !(oneOf ? DescriptionNouns.namesOrganisations(doc, first, last)
				: DescriptionNouns.endsInOrganisationNoun(doc, first, last))) {
			return null;
		}
		if (first > end + 1
				&& !CopularRelativeOpeners.namesKind(doc, first, last, DescriptionNouns::organisationNoun)) {
			return null; // "Brovo, which is a big step for the group": no kind of body
		}
		return another ? Indefinites.of(doc.span(first + 1, last)) : doc.span(first, last);
	}

	/** "Brovo Corp.", "a Brovo Corp. unit": the period that closes an abbreviation. */
	private static boolean abbreviationPeriod(DocumentTokens doc, int t) {
		return t > 0 && OrganisationWords.withAbbreviationPeriod(doc, t) == t + 1;
	}

	/**
	 * "Zentrix, whose main business is making boilers, pumps and valves, said ...":
	 * "whose main business is making boilers, pumps and valves", up to the comma a verb
	 * follows.
	 */
	static String whoseBusiness(DocumentTokens doc, int end) {
		int whose = end + 1;
		if (whose + 3 >= doc.size() || !doc.get(end).is(",") || !doc.get(whose).lower().equals("whose")
				|| doc.boundaryBefore(whose)) {
			return null;
		}
		int business = doc.get(whose + 1).lower().equals("business") ? whose + 1 : whose + 2;
		if (!doc.get(business).lower().equals("business") || business + 1 >= doc.size()
				|| !COPULAS.contains(doc.get(business + 1).lower())) {
			return null;
		}
		for (int t = business + 2; t + 1 < doc.size() && !doc.boundaryBefore(t)
				&& t - whose <= MAX_ONE_OF_TOKENS; t++) {
			Token next = doc.get(t + 1);
			if (doc.get(t).is(",") && !doc.boundaryBefore(t + 1) && next.word() && !next.capitalized()
					&& (OrganisationFinder.VERBS.contains(next.lower()) || SpeechVerbs.isSpeechVerb(next.lower()))) {
				return t - business > 2 ? doc.span(whose, t) : null;
			}
		}
		return null;
	}

	/**
	 * A comma, then a few lower-case words and "and": the words between commas were an
	 * item of a list, not an apposition.
	 */
	private static boolean listGoesOn(DocumentTokens doc, int comma) {
		if (comma >= doc.size() || !doc.get(comma).is(",")) {
			return false;
		}
		for (int t = comma + 1; t < doc.size() && t - comma <= 4 && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (t > comma + 1 && (lower.equals("and") || lower.equals("or"))) {
				return true;
			}
			if (!token.word() || token.capitalized() || ARTICLES.contains(lower)
					|| OrganisationFinder.VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
					|| NameLexicon.FUNCTION_WORDS.contains(lower) || NameLexicon.PREPOSITIONS.contains(lower)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "Zentrix, which owns 40% of Brovo, makes pumps": "which owns 40% of Brovo", when
	 * what it holds has a name and a verb follows the clause; and "Brovo, which makes
	 * garden pumps, said": "which makes garden pumps".
	 */
	static String whichOwns(DocumentTokens doc, int end) {
		int which = end + 1;
		if (which + 3 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(which)
				|| !doc.get(which).lower().equals("which")) {
			return null;
		}
		int heldAt = BEFORE_HOLDS.contains(doc.get(which + 1).lower()) ? which + 2 : which + 1;
		String held = doc.get(heldAt).lower();
		// "which operates in 30 countries" tells where, not what it runs
		String object = doc.get(heldAt + 1).lower();
		boolean trade = TRADES.contains(held) && !NO_TRADE.contains(object)
				&& !NameLexicon.PREPOSITIONS.contains(object);
		if (!HOLDS.contains(held) && !trade) {
			return null;
		}
		boolean named = trade;
		for (int t = heldAt + 1; t + 1 < doc.size() && !doc.boundaryBefore(t) && t - which <= MAX_HELD_TOKENS; t++) {
			Token token = doc.get(t);
			if (token.is(",")) {
				Token next = doc.get(t + 1);
				boolean verb = !doc.boundaryBefore(t + 1) && next.word() && !next.capitalized()
						&& !ARTICLES.contains(next.lower()) && !NameLexicon.FUNCTION_WORDS.contains(next.lower())
						&& !NameLexicon.PREPOSITIONS.contains(next.lower()) && !next.lower().equals("and");
				return verb && named && t > heldAt + 1 ? doc.span(which, t) : null;
			}
			if (OrganisationFinder.VERBS.contains(token.lower())) {
				return null;
			}
			named |= token.capitalized();
		}
		return null;
	}

}
