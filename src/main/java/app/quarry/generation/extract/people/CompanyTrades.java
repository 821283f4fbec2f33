package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * What a company does for its living, told with a verb in the present: in a sentence of
 * its own ("Feldman sells garden tools to farm stores.", "Halvard owns and operates radio
 * stations.") or in a relative clause after its name ("Brantwell, which owns and operates
 * hotels, said"). Told as "which sells ...", the form the questions on what an
 * organisation owns or makes read. The name must be a company's: one the text gives with
 * "Inc.", "Corp." or the like.
 */
final class CompanyTrades {

	/** Verbs of a company's trade, in the present. */
	static final Set<String> TRADES = NameLexicon.words("owns", "operates", "makes", "sells", "produces", "publishes",
			"provides", "manufactures", "builds", "distributes", "markets", "designs", "develops", "runs", "offers");

	/** Words after the verb that make it no trade: "makes up", "provides no details". */
	private static final Set<String> NO_TRADE = NameLexicon.words("it", "them", "up", "sense", "its", "their", "clear",
			"possible", "no", "little", "this", "that", "out", "off", "about");

	/** Present verbs of a company's fortunes or words, which no trade joins. */
	private static final Set<String> NO_TRADE_VERBS = NameLexicon.words("loses", "earns", "says", "expects", "hopes",
			"believes", "reports", "owes", "pays", "spends", "needs", "wants", "fears", "denies");

	/** What a company has in other trades: "has interests in shipping and mining". */
	private static final Set<String> HOLDINGS = NameLexicon.words("interests", "holdings", "operations", "stakes",
			"investments");

	private static final int MAX_OBJECT_TOKENS = 20;

	private static final int MAX_NAME_TOKENS = 5;

	private CompanyTrades() {
	}

	/** "Brantwell, which builds and leases barges, said": the clause, or null. */
	static String which(DocumentTokens doc, int end) {
		int which = end + 1;
		if (which + 4 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(which)
				|| !doc.get(which).lower().equals("which")) {
			return null;
		}
		int object = verbsEnd(doc, which + 1);
		if (object < 0 || object != which + 4) {
			return null; // a single verb is read with the apposition rules
		}
		for (int t = object; t + 1 < doc.size() && !doc.boundaryBefore(t) && t - object <= MAX_OBJECT_TOKENS; t++) {
			if (doc.get(t).is(",")) {
				Token next = doc.get(t + 1);
				boolean verb = next.word() && !next.capitalized() && !doc.boundaryBefore(t + 1)
						&& (SpeechVerbs.isSpeechVerb(next.lower()) || OrganisationFinder.VERBS.contains(next.lower()));
				return verb && t > object ? doc.span(which, t) : null;
			}
			if (!doc.get(t).word() || OrganisationFinder.VERBS.contains(doc.get(t).lower())) {
				return null;
			}
		}
		return null;
	}

	/**
	 * "Feldman sells garden tools.": a sentence that opens with a company's name, a trade
	 * verb right after it, and what it trades in to the end.
	 */
	static List<EntityFact> sentences(DocumentTokens doc, String text) {
		List<EntityFact> facts = new ArrayList<>();
		for (int start = 0; start < doc.size(); start++) {
			if (!doc.boundaryBefore(start) || !doc.get(start).capitalized()) {
				continue;
			}
			int first = start;
			if (doc.get(first).lower().endsWith("-based") && first + 1 < doc.size()) {
				first++; // "New York-based Tune Radio": the place is no part of the name
			}
			else if (first + 2 < doc.size() && doc.get(first + 1).lower().endsWith("-based")) {
				first += 2;
			}
			int end = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, first));
			if (end - first > MAX_NAME_TOKENS || end >= doc.size() || !doc.get(first).capitalized()) {
				continue;
			}
			int verb = end;
			int place = placeSetOff(doc, end);
			if (place > 0) {
				verb = place; // "Kelvo, Chicago, sells ...": the place is no part of the
								// trade
			}
			int object = verbsEnd(doc, verb);
			if (object < 0) {
				object = holdingsEnd(doc, verb);
			}
			if (object < 0) {
				continue;
			}
			int stop = object;
			while (stop < doc.size() && !doc.boundaryBefore(stop) && !doc.get(stop).is(".")) {
				boolean list = doc.get(stop).is(",") && stop > object
						&& DescriptionModifiers.listComma(doc, stop, object);
				if (!doc.get(stop).word() && !doc.get(stop).is("%") && !doc.get(stop).is("-") && !list) {
					stop = -1;
					break;
				}
				stop++;
			}
			boolean closes = stop > object + 1 && stop - object <= MAX_OBJECT_TOKENS
					&& (stop >= doc.size() || doc.get(stop).is("."));
			String name = text.substring(doc.get(first).start(), doc.get(end - 1).end());
			if (!closes || !company(doc, first, end, name)) {
				continue;
			}
			String description = "which " + doc.span(verb, stop);
			facts.add(new EntityFact(name, doc.get(first).start(), doc.get(end - 1).end(), name, description));
		}
		return facts;
	}

	/**
	 * Where the object starts after a trade verb ("sells") or two joined by "and" ("owns
	 * and operates") at {@code verb}, or -1.
	 */
	private static int verbsEnd(DocumentTokens doc, int verb) {
		if (verb + 1 >= doc.size() || doc.get(verb).capitalized() || !doc.get(verb).word()) {
			return -1;
		}
		boolean trade = TRADES.contains(doc.get(verb).lower());
		int object = verb + 1;
		if (object + 1 < doc.size() && doc.get(object).lower().equals("and") && !doc.boundaryBefore(object + 1)) {
			// "plans and designs", "distributes and rents": one of the two verbs must be
			// a trade's, the other a verb in the present too; "makes and loses money"
			// tells of its fortunes, not its trade
			Token second = doc.get(object + 1);
			boolean secondTrade = TRADES.contains(second.lower());
			if (NO_TRADE_VERBS.contains(second.lower()) || NO_TRADE_VERBS.contains(doc.get(verb).lower())) {
				return -1;
			}
			if (trade && !secondTrade && !presentVerb(second) || !trade && !secondTrade) {
				return -1;
			}
			if (!trade && !presentVerb(doc.get(verb))) {
				return -1;
			}
			object += 2;
		}
		else if (!trade) {
			return -1;
		}
		if (object >= doc.size() || doc.boundaryBefore(object) || !doc.get(object).word()
				|| doc.get(object).lower().equals("and")) {
			return -1;
		}
		String lower = doc.get(object).lower();
		return NO_TRADE.contains(lower) || NameLexicon.PREPOSITIONS.contains(lower) ? -1 : object;
	}

	/** "Halder has interests in shipping.": what a company has a part in, or -1. */
	private static int holdingsEnd(DocumentTokens doc, int verb) {
		boolean held = verb + 3 < doc.size() && doc.get(verb).lower().equals("has")
				&& HOLDINGS.contains(doc.get(verb + 1).lower()) && doc.get(verb + 2).lower().equals("in")
				&& !doc.boundaryBefore(verb + 1) && !doc.boundaryBefore(verb + 3) && doc.get(verb + 3).word();
		return held ? verb + 1 : -1;
	}

	/**
	 * "rents", "plans", "prints": a lower-case word that reads as a verb in the present.
	 */
	private static boolean presentVerb(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && lower.length() > 3 && lower.endsWith("s")
				&& !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
				&& !NameLexicon.FUNCTION_WORDS.contains(lower) && !OrganisationFinder.VERBS.contains(lower)
				&& !SpeechVerbs.isSpeechVerb(lower);
	}

	/**
	 * The index after a place set off by commas after the name at {@code end} (",
	 * Chicago," or ", Tulsa, Okla.,"), or -1.
	 */
	private static int placeSetOff(DocumentTokens doc, int end) {
		int after = SetOffPlaces.afterPlace(doc, end);
		if (after > 0 || end + 3 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(end + 1)) {
			return after;
		}
		int city = OrganisationNameRuns.runEnd(doc, end + 1);
		boolean place = doc.get(end + 1).capitalized() && city - end - 1 <= 3 && city < doc.size()
				&& doc.get(city).is(",") && !doc.boundaryBefore(city + 1);
		return place ? city + 1 : -1;
	}

	/** The name says it is a company's, or the text gives it so elsewhere. */
	static boolean company(DocumentTokens doc, int first, int end, String name) {
		if (OrganisationWords.companyName(doc, first, end)) {
			return true;
		}
		for (int t = 0; t < doc.size(); t++) {
			if (t != first && doc.get(t).text().equals(doc.get(first).text())) {
				int run = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, t));
				if (run - t > end - first && OrganisationWords.companyName(doc, t, run)
						&& doc.span(t, t + (end - first)).equals(doc.span(first, end))) {
					return true;
				}
			}
		}
		return false;
	}

}
