package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The closed word lists the name and quote rules rely on, all lower case. General English
 * and newsroom vocabulary, not words picked from any one document.
 */
final class NameLexicon {

	/** Titles that may stand directly before a name ("President Moon", "Mr. Kim"). */
	static final Set<String> TITLES = words("president", "secretary", "minister", "premier", "chancellor", "ambassador",
			"envoy", "senator", "sen.", "governor", "gov.", "representative", "rep.", "mayor", "judge", "justice",
			"general", "gen.", "major", "maj.", "lieutenant", "lt.", "admiral", "adm.", "colonel", "col.", "captain",
			"capt.", "capt", "sgt.", "sgt", "cmdr.", "supt.", "insp.", "commander", "chairman", "chairwoman", "chair",
			"director", "professor", "prof.", "dr.", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr", "excellency", "sir",
			"dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "bishop", "rev.", "reverend",
			"father", "sister", "brother", "chief", "leader", "spokesman", "spokeswoman", "spokesperson",
			"correspondent", "reporter", "journalist", "official", "officer", "deputy", "vice", "speaker",
			"commissioner", "lawmaker", "congressman", "congresswoman", "then-president", "madam", "supreme",
			"chancellor", "councillor", "councilor", "diplomat", "negotiator", "undersecretary", "under-secretary",
			"cardinal", "archbishop", "monsignor", "rabbi", "imam", "pastor", "deacon", "superintendent", "supt.",
			"inspector", "insp.", "sheriff", "sergeant", "sgt.", "detective", "constable", "corporal", "cpl.",
			"marshal", "brigadier", "brig.", "cdr.",
			// British copy writes ranks without stops:
			// "Det Supt Roe", "Cllr Roe", "Lt Col Roe"
			"supt", "insp", "det", "ch", "cllr", "lt", "col", "maj", "gen", "brig", "cpl", "cdr", "cmdr", "adm",
			"prof");

	/**
	 * Nouns that make a phrase a role ("senior fellow at ...", "the influential sister of
	 * ...").
	 */
	static final Set<String> ROLE_NOUNS = words("president", "secretary", "minister", "premier", "chancellor",
			"ambassador", "envoy", "senator", "governor", "representative", "mayor", "judge", "general", "admiral",
			"commander", "chairman", "chairwoman", "chair", "director", "professor", "excellency", "king", "queen",
			"prince", "princess", "sister", "brother", "wife", "husband", "daughter", "son", "mother", "father",
			"uncle", "aunt", "chief", "leader", "spokesman", "spokeswoman", "spokesperson", "correspondent", "reporter",
			"journalist", "official", "officer", "deputy", "speaker", "commissioner", "lawmaker", "congressman",
			"congresswoman", "fellow", "researcher", "analyst", "expert", "scholar", "diplomat", "negotiator",
			"adviser", "advisor", "head", "founder", "editor", "author", "writer", "economist", "lecturer", "student",
			"teacher", "executive", "ceo", "counsel", "attorney", "lawyer", "dictator", "emperor", "strongman",
			"successor", "aide", "member", "candidate", "citizen", "activist", "historian", "columnist", "anchor",
			"host", "coach", "owner", "manager", "partner", "scientist", "physician", "doctor", "nominee",
			"spokesperson", "representative", "delegate", "council", "then-president", "vice-chairman",
			"vice-president", "prime", "curator", "engineer", "architect", "designer", "producer", "actor", "singer",
			"pilot", "nurse", "farmer", "priest", "pastor", "rabbi", "imam", "soldier", "sergeant", "captain",
			"colonel", "investigator", "prosecutor", "detective", "inspector", "consultant", "pollster", "organizer",
			"organiser", "coordinator", "administrator", "co-founder", "cofounder", "banker", "trader", "broker",
			"investor", "accountant", "entrepreneur", "businessman", "businesswoman", "politician", "legislator",
			"parliamentarian", "assemblyman", "assemblywoman", "alderman", "alderwoman", "councilman", "councilwoman",
			"auditor", "employee", "clerk", "astronaut", "athlete", "player", "striker", "goalkeeper", "referee",
			"chef", "agent", "sheriff", "marshal", "trustee", "treasurer", "comptroller", "provost", "dean", "rector",
			"surgeon", "dentist", "veterinarian", "poet", "painter", "sculptor", "composer", "musician", "filmmaker",
			"photographer", "playwright", "magnate", "tycoon", "mogul", "heir", "heiress", "undersecretary",
			"president-elect", "governor-general", "secretary-general", "strategist", "cricketer", "footballer",
			"batsman", "bowler", "wicket-keeper", "broadcaster", "artist", "tutor", "duke", "duchess", "pharaoh",
			"monarch", "sultan", "pope", "bishop", "archbishop", "explorer", "inventor", "philosopher", "mathematician",
			"astronomer", "statesman", "stateswoman", "naturalist", "novelist", "olympian", "son-in-law",
			"daughter-in-law", "father-in-law", "policeman", "policewoman", "mother-in-law", "brother-in-law",
			"sister-in-law", "nephew", "niece", "cousin", "grandson", "granddaughter", "grandfather", "grandmother",
			"stepson", "stepdaughter", "stepfather", "stepmother", "predecessor", "amateur", "professional", "refugee",
			"immigrant", "resident", "veteran", "volunteer", "survivor", "settler", "missionary", "pioneer", "laureate",
			"champion", "lord", "co-chair", "co-chairman", "chairperson", "consul", "mentor", "hero", "heroine", "icon",
			"millionaire", "billionaire", "dissident", "cardinal", "monsignor", "deacon", "publisher", "guardian",
			"financier", "mastermind", "killer", "assassin", "bomber", "hijacker", "militant", "smuggler", "salesman",
			"saleswoman", "stockbroker", "boss", "councilor", "councillor", "campaigner", "superintendent", "constable",
			"corporal", "coroner", "magistrate", "headteacher", "headmaster", "headmistress");

	/**
	 * Role nouns that open a name as a given name far more often than as a post: "Dean
	 * Acheson", "Dean Witter". Capitalized at a name's start they are read as its first
	 * name; in lower case ("law school dean Jane Roe") they are still roles.
	 */
	static final Set<String> GIVEN_NAME_ROLES = words("dean");

	/** Abbreviated roles written in capitals ("Apple CEO Tim Cook"). */
	static final Set<String> ROLE_ACRONYMS = words("ceo", "cfo", "coo", "cto", "cio", "cmo", "md", "vp", "evp", "svp",
			"mp", "mep", "msp", "qc", "dj", "vj");

	/**
	 * What a minister or secretary is "of": "Secretary of Commerce Wilbur Ross",
	 * "Minister of Finance Jane Doe". Never part of a personal name.
	 */
	static final Set<String> PORTFOLIOS = words("commerce", "defence", "defense", "finance", "health", "education",
			"transport", "transportation", "energy", "agriculture", "labor", "labour", "interior", "treasury",
			"acquisition", "communications", "justice", "trade", "industry", "environment", "housing", "culture",
			"tourism", "veterans", "affairs", "operations", "marketing", "sales", "engineering", "research", "policy",
			"planning", "security", "intelligence", "staff", "economy", "economic", "employment", "pensions", "welfare",
			"fisheries");

	/**
	 * Words that mark a capitalized run as a place, an organization, an event or a date.
	 */
	static final Set<String> NOT_NAMES = words("house", "journal", "force", "one", "institute", "center", "centre",
			"department", "party", "agency", "war", "peninsula", "ministry", "republic", "assembly", "office", "summit",
			"club", "news", "times", "post", "university", "council", "committee", "union", "nations", "states",
			"kingdom", "korea", "korean", "china", "chinese", "japan", "japanese", "russia", "russian", "ukraine",
			"america", "american", "north", "south", "east", "west", "united", "state", "people", "year", "day",
			"times", "street", "city", "province", "county", "island", "islands", "sea", "river", "mountain", "bank",
			"fund", "group", "association", "foundation", "corporation", "company", "inc.", "ltd.", "co.", "corp.",
			"press", "media", "network", "television", "radio", "daily", "herald", "tribune", "gazette", "review",
			"magazine", "court", "congress", "senate", "parliament", "army", "navy", "command", "administration",
			"government", "embassy", "school", "college", "academy", "hospital", "church", "airport", "station",
			"square", "palace", "hall", "museum", "library", "program", "programme", "project", "initiative", "treaty",
			"accord", "declaration", "agreement", "act", "law", "policy", "strategy", "talks", "conference", "forum",
			"games", "olympics", "cup", "league", "front", "guard", "service", "services", "bureau", "commission",
			"authority", "organization", "organisation", "alliance", "coalition", "movement", "market", "exchange",
			"zone", "area", "region", "valley", "january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
			"aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "christmas", "easter", "twitter", "facebook", "internet", "web", "google", "europe",
			"european", "asia", "asian", "africa", "african", "pacific", "atlantic", "arctic", "washington",
			"pyongyang", "seoul", "beijing", "tokyo", "moscow", "london", "paris", "singapore", "hanoi", "kremlin",
			"pentagon", "dprk", "rok", "inter-korean", "dear", "re", "regards", "sincerely", "respectfully", "motors",
			"airlines", "airways", "systems", "industries", "holdings", "associates", "technologies", "enterprises",
			"computer", "computers", "software", "securities", "investments", "capital", "insurance", "records",
			"studios", "pictures", "laboratories", "pharmaceuticals", "electric", "airplanes", "aircraft", "inc", "ltd",
			"corp", "llc", "plc", "corps", "workers", "management", "country", "empire", "forces", "newspapers",
			"scale", "index");

	/**
	 * Capitalized words that start sentences or headlines but are never part of a name.
	 */
	static final Set<String> FUNCTION_WORDS = words("the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of",
			"with", "and", "but", "or", "as", "if", "when", "while", "after", "before", "during", "since", "despite",
			"although", "though", "because", "however", "meanwhile", "yet", "so", "then", "also", "still", "even",
			"this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "he", "she", "they",
			"we", "i", "you", "it", "there", "here", "what", "who", "which", "where", "why", "how", "yesterday",
			"today", "tomorrow", "tonight", "last", "next", "earlier", "later", "now", "particularly", "specifically",
			"currently", "recently", "meanwhile", "instead", "indeed", "moreover", "furthermore", "therefore", "thus",
			"hence", "according", "please", "posted", "modified", "updated", "related", "most", "more", "many", "some",
			"all", "any", "each", "every", "no", "not", "only", "just", "former", "late", "new", "old", "top", "senior",
			"junior", "acting", "first", "second", "third", "under", "over", "about", "into", "through", "between",
			"among", "against", "without", "within");

	static final Set<String> FEMALE_WORDS = words("sister", "spokeswoman", "ms.", "mrs.", "ms", "mrs", "madam", "wife",
			"mother", "daughter", "queen", "princess", "chairwoman", "congresswoman", "businesswoman", "actress",
			"lady", "woman", "girl", "aunt", "niece", "widow", "grandmother", "dame", "first lady");

	static final Set<String> MALE_WORDS = words("brother", "spokesman", "mr.", "mr", "husband", "father", "son", "king",
			"prince", "congressman", "businessman", "actor", "man", "boy", "uncle", "nephew", "widower", "grandfather",
			"sir", "lord");

	/** Common given names whose gender is unambiguous, for pronoun agreement. */
	static final Set<String> FEMALE_NAMES = words("sarah", "tammy", "mary", "anna", "anne", "elizabeth", "jane",
			"susan", "karen", "linda", "nancy", "hillary", "kamala", "condoleezza", "madeleine", "nikki", "ivanka",
			"melania", "michelle", "laura", "jennifer", "jessica", "emily", "emma", "olivia", "sophia", "maria",
			"julia", "kate", "katherine", "catherine", "margaret", "helen", "ruth", "rachel", "rebecca", "hannah",
			"amy", "lisa", "angela", "theresa", "ursula", "christine", "jacinda", "kristi", "kelly", "kellyanne",
			"hope", "samantha", "victoria", "alice", "claire", "grace", "diana", "judith", "deborah", "patricia",
			"barbara", "carol", "sandra", "donna", "sharon", "cynthia", "amanda", "stephanie", "nicole", "heather");

	static final Set<String> MALE_NAMES = words("donald", "mike", "michael", "joseph", "joe", "bob", "robert", "john",
			"james", "william", "bill", "george", "barack", "richard", "thomas", "david", "daniel", "paul", "mark",
			"peter", "stephen", "steven", "charles", "edward", "henry", "jack", "mitch", "rex", "john", "jim", "tom",
			"tim", "kevin", "brian", "jason", "matthew", "andrew", "anthony", "christopher", "jeffrey", "ronald",
			"kenneth", "gary", "eric", "scott", "frank", "raymond", "gregory", "samuel", "benjamin", "patrick", "jerry",
			"dennis", "walter", "harold", "douglas", "carl", "arthur", "roger", "lawrence", "vladimir", "xi",
			"emmanuel", "boris", "justin", "isaiah", "jeremy", "adam", "nathan", "bruce", "hans", "steve", "larry",
			"ron", "rick", "dan", "ben", "harry", "ted", "fred", "greg", "jeff", "ken", "ian", "phil", "tony", "alan",
			"sam", "nick", "chris", "jim", "frank", "fritz", "hank", "jacob", "dmitry", "louis", "ralph", "norm");

	/** Proper names of places and organizations that look like personal names. */
	static final Set<String> NON_PERSON_PHRASES = words("cheong wa dae", "blue house", "white house", "air force one",
			"camp david", "mar-a-lago", "wall street", "capitol hill", "downing street", "new york", "los angeles",
			"san francisco", "hong kong", "kim il sung square", "kim il-sung square");

	/** Honorifics that are not roles on their own. */
	static final Set<String> HONORIFICS = words("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "his", "her",
			"excellency", "sir", "madam", "dame", "lord", "lady");

	static final Set<String> PREPOSITIONS = words("with", "between", "of", "to", "from", "by", "for", "against", "at",
			"in", "on", "about", "toward", "towards", "than", "among", "into", "over", "under", "during", "without",
			"via", "like", "upon", "behind", "beside", "besides", "unlike", "including", "amid", "regarding",
			"concerning", "through", "across", "around", "near", "beyond");

	private NameLexicon() {
	}

	/**
	 * A role noun from the list, or an occupation in "-ist" ("virologist", "economist").
	 */
	static boolean isRoleNoun(String lower) {
		return ROLE_NOUNS.contains(lower) || ROLE_ACRONYMS.contains(lower) || SportAndBarRoles.contains(lower)
				|| lower.length() > 6 && lower.endsWith("ist") && !MOVEMENTS.contains(lower)
				|| lower.startsWith(GREAT) && isRoleNoun(lower.substring(GREAT.length())) || compoundRole(lower)
				|| sharedRole(lower);
	}

	/**
	 * "coauthor", "cohost", "copilot": a role held with others, written as one word, is
	 * the role it shares.
	 */
	private static boolean sharedRole(String lower) {
		// "co-ordinator", "co-host": the British hyphen after "co" changes nothing
		String unhyphened = lower.startsWith("co-") ? "co" + lower.substring(3) : lower;
		return unhyphened.length() > 5 && unhyphened.startsWith("co")
				&& (ROLE_NOUNS.contains(unhyphened.substring(2)) || ROLE_NOUNS.contains(unhyphened));
	}

	/**
	 * "management-consultant", "ex-president": a hyphenated word whose last part is a
	 * role noun is one.
	 */
	private static boolean compoundRole(String lower) {
		int hyphen = lower.lastIndexOf('-');
		return hyphen > 0 && hyphen + 1 < lower.length() && ROLE_NOUNS.contains(lower.substring(hyphen + 1))
				|| headedCompound(lower);
	}

	/**
	 * "agent-in-charge", "editor-in-chief", "attorney-at-law": a role noun whose
	 * hyphenated phrase says of what it is; the noun heads it.
	 */
	private static boolean headedCompound(String lower) {
		int hyphen = lower.indexOf('-');
		return hyphen > 0
				&& java.util.stream.Stream.of("-in-", "-at-", "-of-").anyMatch(link -> lower.startsWith(link, hyphen))
				&& ROLE_NOUNS.contains(lower.substring(0, hyphen));
	}

	/** "great-uncle", "great-grandmother": a relative as the word after it is. */
	private static final String GREAT = "great-";

	/**
	 * Nouns that describe a person in an apposition ("James Roe, a 44-year-old
	 * protester,", "a Comorian Muslim") though they are no title and no source that
	 * speaks for others.
	 */
	static final Set<String> DESCRIBING_NOUNS = words("protester", "demonstrator", "opponent", "supporter", "critic",
			"advocate", "proponent", "suspect", "fugitive", "witness", "exile", "defector", "victim", "defendant",
			"plaintiff", "hostage", "detainee", "inmate", "gunman", "mainstay", "muslim", "christian", "jew",
			"catholic", "protestant", "buddhist", "hindu", "sikh", "electrician", "technician", "librarian", "comedian",
			"custodian", "pedestrian", "civilian", "housewife", "midwife", "widow", "widower", "mechanic", "actress",
			"waitress", "stewardess", "seamstress", "hostess", "nun", "monk", "retiree", "trainee", "peasant", "cook",
			"cashier", "courier", "tourist", "pensioner", "passenger");

	/**
	 * Words in -ist that name a movement's follower and mostly stand as its adjective
	 * ("the Communist Youth League", "Socialist Party"): no role by their ending alone.
	 */
	private static final Set<String> MOVEMENTS = words("communist", "socialist", "nationalist", "marxist", "leninist",
			"islamist", "zionist", "fascist", "anarchist", "baptist", "methodist", "royalist", "separatist", "loyalist",
			"unionist", "federalist", "populist", "imperialist", "modernist");

	/** A word set; duplicates in the list are harmless. */
	static Set<String> words(String... words) {
		return Set.copyOf(java.util.Arrays.asList(words));
	}

}
