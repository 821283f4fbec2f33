package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * An organisation described by a bare noun of its trade written before its name, with no
 * word to qualify the noun: "the sale of retailer Bellmead", "shares in carmaker Renco",
 * "another of its businesses, broadcaster Kestrel TV". Only nouns that say a trade on
 * their own are read so: "company Brovo" or "group Brovo" would tell nothing.
 */
final class TradeNounsBefore {

	/** Nouns that name a trade an organisation follows, and nothing else. */
	private static final Set<String> TRADES = NameLexicon.words("retailer", "carmaker", "automaker", "broadcaster",
			"publisher", "chipmaker", "drugmaker", "brewer", "distiller", "insurer", "lender", "airline", "supermarket",
			"wholesaler", "steelmaker", "planemaker", "housebuilder", "conglomerate", "newspaper", "tabloid",
			"regulator", "watchdog", "consultancy", "website", "shipbuilder", "refiner", "brokerage");

	/** Words after which a noun opens a phrase of its own. */
	private static final Set<String> OPENERS = NameLexicon.words(",", "and", "or", "as", "the");

	private TradeNounsBefore() {
	}

	/** "a retailer" for the name at {@code start} after "retailer", or null. */
	static String before(DocumentTokens doc, int start) {
		int noun = start - 1;
		if (noun < 1 || doc.boundaryBefore(start) || doc.boundaryBefore(noun)) {
			return null;
		}
		Token token = doc.get(noun);
		if (!token.word() || token.capitalized() || !TRADES.contains(token.lower())) {
			return null;
		}
		String before = doc.get(noun - 1).lower();
		if (!OPENERS.contains(before) && !NameLexicon.PREPOSITIONS.contains(before)) {
			return null; // "the Halden retailer Bellmead": a qualifier the other rules
							// read
		}
		return Indefinites.of(token.lower());
	}

}
