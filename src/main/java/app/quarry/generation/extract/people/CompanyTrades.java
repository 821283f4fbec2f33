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
			int end = OrganisationWords.withAbbreviationPeriod(doc, OrganisationFinder.runEnd(doc, first));
			if (end - first > MAX_NAME_TOKENS || end >= doc.size() || !doc.get(first).capitalized()) {
				continue;
			}
			int object = verbsEnd(doc, end);
			if (object < 0) {
				continue;
			}
			int stop = object;
			while (stop < doc.size() && !doc.boundaryBefore(stop) && !doc.get(stop).is(".")) {
				if (!doc.get(stop).word() && !doc.get(stop).is("%") && !doc.get(stop).is("-")) {
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
			String description = "which " + doc.span(end, stop);
			facts.add(new EntityFact(name, doc.get(first).start(), doc.get(end - 1).end(), name, description));
		}
		return facts;
	}

	/**
	 * Where the object starts after a trade verb ("sells") or two joined by "and" ("owns
	 * and operates") at {@code verb}, or -1.
	 */
	private static int verbsEnd(DocumentTokens doc, int verb) {
		if (verb >= doc.size() || !TRADES.contains(doc.get(verb).lower()) || doc.get(verb).capitalized()) {
			return -1;
		}
		int object = verb + 1;
		if (object + 1 < doc.size() && doc.get(object).lower().equals("and")
				&& TRADES.contains(doc.get(object + 1).lower())) {
			object += 2;
		}
		if (object >= doc.size() || doc.boundaryBefore(object) || !doc.get(object).word()) {
			return -1;
		}
		String lower = doc.get(object).lower();
		return NO_TRADE.contains(lower) || NameLexicon.PREPOSITIONS.contains(lower) ? -1 : object;
	}

	/** The name says it is a company's, or the text gives it so elsewhere. */
	static boolean company(DocumentTokens doc, int first, int end, String name) {
		if (OrganisationWords.companyName(doc, first, end)) {
			return true;
		}
		for (int t = 0; t < doc.size(); t++) {
			if (t != first && doc.get(t).text().equals(doc.get(first).text())) {
				int run = OrganisationWords.withAbbreviationPeriod(doc, OrganisationFinder.runEnd(doc, t));
				if (run - t > end - first && OrganisationWords.companyName(doc, t, run)
						&& doc.span(t, t + (end - first)).equals(doc.span(first, end))) {
					return true;
				}
			}
		}
		return false;
	}

}
