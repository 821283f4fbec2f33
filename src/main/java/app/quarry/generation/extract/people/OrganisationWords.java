package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The words the organisation rules read: nouns that say a name is an organisation's,
 * places and peoples that only qualify one, calendar words that are never one, and the
 * abbreviations that end a company's name ("Corp.", "Inc.").
 */
final class OrganisationWords {

	/** Nouns that say a name is an organisation's. */
	static final Set<String> NOUNS = NameLexicon.words("company", "firm", "maker", "manufacturer", "automaker",
			"carmaker", "airline", "carrier", "agency", "blog", "website", "union", "organization", "organisation",
			"group", "division", "subsidiary", "rival", "retailer", "supplier", "publisher", "newspaper", "broadcaster",
			"network", "bank", "lender", "insurer", "conglomerate", "corporation", "business", "startup", "charity",
			"university", "party", "club", "team", "band", "label", "studio", "magazine", "regulator", "watchdog",
			"consultancy", "chain", "brand", "outlet", "foundation", "association", "federation", "league",
			"consortium", "contractor", "airframer", "planemaker", "producer", "giant", "exchange", "institute",
			"think-tank", "charity", "church", "tabloid", "daily", "weekly", "wire", "service", "insurer", "automobile",
			"brewer", "distiller", "refiner", "concern", "institution", "newsletter", "competitor", "store", "shipyard",
			"shipbuilder", "wholesaler", "thrift", "brokerage", "utility", "railroad", "railway", "steelmaker",
			"chipmaker", "drugmaker", "distributor", "partnership", "jeweler", "jeweller", "importer", "exporter",
			"portal", "provider");

	/** What a company calls the businesses it owns. */
	static final Set<String> UNITS = NameLexicon.words("unit", "subsidiary", "division", "affiliate", "arm");

	/**
	 * Nouns for a holder of another organisation's shares or debts: a person's as often
	 * as a company's, so they are read only of a name that says it is a company's
	 * ("Halden Inc., Brovo's controlling shareholder").
	 */
	static final Set<String> HOLDERS = NameLexicon.words("shareholder", "stockholder", "holder", "owner", "parent",
			"creditor", "investor");

	/** "US", "American", "British": a place or its people qualifying a noun. */
	static final Set<String> PLACES = NameLexicon.words("us", "u.s.", "uk", "u.k.", "eu", "usa", "britain", "france",
			"germany", "italy", "spain", "canada", "india", "australia", "ireland", "mexico", "brazil", "british",
			"canadian", "french", "german", "italian", "spanish", "irish", "mexican", "brazilian", "indian",
			"australian", "dutch", "swedish", "danish", "norwegian", "finnish", "swiss", "austrian", "belgian",
			"polish", "turkish", "israeli", "pakistani", "indonesian", "british", "scottish", "welsh", "english",
			"greek", "portuguese", "egyptian", "iranian", "iraqi", "saudi", "nigerian", "kenyan", "argentine",
			"chilean", "colombian", "peruvian", "venezuelan", "cuban", "vietnamese", "thai", "filipino", "malaysian",
			"taiwanese", "ukrainian", "hungarian", "czech", "romanian", "andean", "baltic", "nordic", "arab", "latin",
			"western", "eastern", "northern", "southern", "global", "international", "national", "federal", "state",
			"local", "regional", "japan", "china", "korea", "russia", "norway", "sweden", "denmark", "finland",
			"netherlands", "holland", "belgium", "switzerland", "austria", "poland", "greece", "portugal", "israel",
			"egypt", "turkey", "iran", "iraq", "argentina", "chile", "colombia", "venezuela", "singapore", "japanese",
			"chinese", "korean", "russian",
			// American states, and their abbreviations in datelines ("Tulsa, Okla.")
			"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
			"hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
			"massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
			"ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia",
			"wisconsin", "wyoming", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
			"kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
			"tenn", "va", "vt", "wash", "wis", "wyo");

	static final Set<String> CALENDAR = NameLexicon.words("january", "february", "march", "april", "may", "june",
			"july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
			"thursday", "friday", "saturday", "sunday");

	/** Abbreviations that close a company's name; their period belongs to the name. */
	static final Set<String> COMPANY_ABBREVIATIONS = NameLexicon.words("corp", "co", "cos", "inc", "ltd", "bhd", "plc",
			"llc", "ag", "n.v", "s.a", "b.v", "s.p.a");

	/**
	 * Words that close a company's name, with or without a period, or that only a
	 * company's name ends with ("Air Lines", "Motors").
	 */
	static final Set<String> COMPANY_SUFFIXES = NameLexicon.words("corp", "corp.", "co", "co.", "cos", "cos.", "inc",
			"inc.", "ltd", "ltd.", "plc", "llc", "ag", "n.v.", "s.a.", "b.v.", "s.p.a.", "gmbh", "bhd", "holdings",
			"group", "&", "amp", "airlines", "lines", "airways", "motors", "industries", "systems", "technologies",
			"communications", "electronics", "enterprises", "bancorp", "securities", "bank", "laboratories",
			"pharmaceuticals", "petroleum", "foods", "mills", "oy", "s.p.a", "sa", "nv");

	private OrganisationWords() {
	}

	/**
	 * "banks" gives "bank", "companies" "company"; null for a word that is no such
	 * plural.
	 */
	static String singular(String lower) {
		String singular = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
				: lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
		return !singular.equals(lower) && NOUNS.contains(singular) ? singular : null;
	}

	/**
	 * "Corp.": the period after a company's abbreviation ends its name, not a sentence.
	 */
	static int withAbbreviationPeriod(DocumentTokens doc, int end) {
		if (end < doc.size() && doc.get(end).is(".") && doc.get(end).start() == doc.get(end - 1).end()
				&& COMPANY_ABBREVIATIONS.contains(doc.get(end - 1).lower())) {
			return end + 1;
		}
		return end;
	}

	/** "Zentrix Corp.", "Halden & Co.": a name that says it is a company's. */
	static boolean companyName(DocumentTokens doc, int start, int end) {
		for (int t = start + 1; t < end; t++) {
			if (COMPANY_SUFFIXES.contains(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Acme Corp", "Halden &amp; Co.": a person the document knows that is spelled as a
	 * company, with the abbreviation that closes a company's name.
	 */
	static boolean spelledAsCompany(LocalPerson person) {
		for (String spelling : person.spellings.keySet()) {
			String[] words = spelling.split(" ");
			String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
			if (words.length > 1 && COMPANY_ABBREVIATIONS
				.contains(last.endsWith(".") ? last.substring(0, last.length() - 1) : last)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The words of a company's name without its suffix ("Acme Holdings Corp." is "acme",
	 * "holdings"), so that two forms of the name can be compared.
	 */
	static Set<String> nameWords(DocumentTokens doc, int from, int to) {
		Set<String> words = new java.util.HashSet<>();
		for (int t = from; t < to; t++) {
			Token token = doc.get(t);
			if (token.word() && !COMPANY_SUFFIXES.contains(token.lower())) {
				words.add(token.lower());
			}
		}
		return words;
	}

}
