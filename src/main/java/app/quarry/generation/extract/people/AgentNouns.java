package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Nouns that name a person by what she does, open beyond any list: "an arms dealer", "a
 * fishmonger", "a retired steelworker", "a street vendor", "a car salesman". A word read
 * as one only when it heads the phrase an article opens, so that "a number of", "a better
 * offer" or "a leading exporter" stay no role.
 */
final class AgentNouns {

	/**
	 * Only "a" or "an": "the region's largest brewer" is as often a firm as a person.
	 */
	private static final Set<String> ARTICLES = NameLexicon.words("a", "an");

	/**
	 * Agent-noun endings: "dealer", "vendor", "fisherman", "shopkeeper"; "physician",
	 * "electrician" and "osteopath", "homeopath" name practitioners by their art.
	 */
	private static final String[] ENDINGS = { "er", "or", "man", "woman", "monger", "ician", "opath" };

	private static final int MIN_LENGTH = 5;

	private static final int MAX_PHRASE_WORDS = 5;

	/**
	 * Words with an agent's ending that name a thing, a comparison or a firm: no person
	 * is "a number", "a bigger", "a tanker" or "a supplier" in an apposition to a name.
	 */
	private static final Set<String> NOT_AGENTS = NameLexicon.words("number", "matter", "letter", "paper", "order",
			"power", "water", "quarter", "center", "border", "corner", "chapter", "cancer", "danger", "dinner",
			"winter", "summer", "weather", "tower", "river", "computer", "container", "trailer", "tanker", "carrier",
			"liner", "steamer", "freighter", "cruiser", "destroyer", "helicopter", "printer", "tractor", "motor",
			"reactor", "sector", "factor", "error", "terror", "horror", "mirror", "floor", "door", "color", "colour",
			"honor", "honour", "labor", "labour", "favor", "favour", "harbor", "harbour", "corridor", "meteor",
			"elevator", "major", "minor", "interior", "exterior", "superior", "inferior", "prior", "manor", "better",
			"bigger", "larger", "smaller", "greater", "higher", "lower", "older", "younger", "longer", "shorter",
			"later", "former", "latter", "other", "another", "either", "neither", "whether", "rather", "together",
			"further", "never", "ever", "however", "over", "under", "after", "poster", "register", "disaster",
			"shelter", "cover", "answer", "folder", "filter", "layer", "banner", "ladder", "finger", "silver", "butter",
			"meter", "metre", "liter", "litre", "thriller", "blockbuster", "newspaper", "theater", "cluster", "manner",
			"sticker", "charter", "barrier", "frontier", "premier", "dossier", "rumor", "rumour", "tumor", "tumour",
			"humor", "humour", "vigor", "flavor", "flavour", "behavior", "behaviour", "woman", "human", "german",
			"roman", "maker", "manufacturer", "supplier", "provider", "retailer", "exporter", "importer", "lender",
			"insurer", "operator", "developer", "distributor", "wholesaler", "processor", "refiner", "shipper",
			"producer", "publisher", "broadcaster", "owner", "partner", "member", "leader", "server", "router",
			"transistor", "monitor", "indicator", "calculator", "generator", "accelerator", "simulator", "detector",
			"sensor", "capacitor", "conductor", "semiconductor", "compressor", "processor", "thunder", "timber",
			"lumber", "ginger", "pepper", "copper", "leather", "feather", "shower", "flower", "tiger", "monster",
			"hunger", "anger", "fever", "temper", "offer", "transfer", "tender", "wonder", "splinter", "spider",
			"reminder", "encounter", "counter", "chamber", "cylinder", "remainder", "bumper", "sweater", "blender",
			"burger", "career", "prayer", "hammer", "charger", "scooter", "ledger", "laughter", "rubber", "supper",
			"fertiliser", "fertilizer", "manslaughter", "lawnmower", "razor", "anchor");

	/** Words before a doer that say she was one once: no function words here. */
	private static final Set<String> PAST = NameLexicon.words("former", "late", "onetime", "one-time");

	private AgentNouns() {
	}

	/**
	 * True when the phrase from {@code first} (an indefinite article, or the word after
	 * one) to {@code end} is headed by an agent noun: its words run from the article to a
	 * preposition, a clause word or a punctuation mark, and the last of them is the noun.
	 */
	static boolean headsPhrase(DocumentTokens doc, int first, int end) {
		int from = first;
		if (from < end && ARTICLES.contains(doc.get(from).lower())) {
			from++;
		}
		else if (from < 1 || !ARTICLES.contains(doc.get(from - 1).lower())) {
			return false;
		}
		if (from < end && PAST.contains(doc.get(from).lower())) {
			from++; // "a former prisoner" is a prisoner who was one
		}
		int head = -1;
		for (int t = from; t < end && t - from < MAX_PHRASE_WORDS && (t == from || !doc.boundaryBefore(t)); t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (!token.word() || NameLexicon.FUNCTION_WORDS.contains(lower) || NameLexicon.PREPOSITIONS.contains(lower)
					|| RoleWords.VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)) {
				break;
			}
			head = t;
		}
		// "Jane Roe, a valet at the hotel,": a listed noun for a kind of person heads it
		// as well as a doer's ending does
		return head >= 0 && !doc.get(head).capitalized()
				&& (isAgent(doc.get(head).lower()) || PersonNounLexicon.listed(doc.get(head).lower()));
	}

	/** "dealer", "vendor", "fishmonger", "steelworker": a doer by the word's ending. */
	static boolean isAgent(String lower) {
		// "whenever", "wherever", "thereafter": adverbs built on "ever" and "after" end
		// like doers but name no one, and the list of them is open
		if (lower.length() < MIN_LENGTH || NOT_AGENTS.contains(lower) || lower.endsWith("ier") || lower.endsWith("ever")
				|| lower.endsWith("after") || !lower.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
			return false;
		}
		for (String ending : ENDINGS) {
			if (lower.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

}
